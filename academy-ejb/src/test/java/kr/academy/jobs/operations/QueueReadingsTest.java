package kr.academy.jobs.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.academy.jobs.JobSettings;
import kr.academy.testing.TestClock;
import org.junit.jupiter.api.Test;

class QueueReadingsTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-12-01T00:00:00Z"));
  private final List<String> asked = new ArrayList<>();

  @Test
  void everyWorkQueueAndItsDeadLetterQueueIsReadOncePerInterval() {
    QueueReadings readings =
        new QueueReadings(
            queue -> {
              asked.add(queue);
              return new QueueDepths.Depth(queue.length(), queue.endsWith("-dlq") ? 0 : 1);
            },
            new JobSettings(),
            clock,
            30);

    assertEquals(12, readings.queues().size());
    assertTrue(readings.queues().contains("academy-excel-jobs-dlq"), readings.queues().toString());
    assertEquals(Optional.of(new QueueDepths.Depth(18, 1)), readings.depth("academy-excel-jobs"));
    assertEquals(
        Optional.of(new QueueDepths.Depth(22, 0)), readings.depth("academy-excel-jobs-dlq"));
    assertEquals(readings.queues(), asked, "one round for every gauge read in the interval");

    clock.advance(Duration.ofSeconds(30));
    readings.depth("academy-video-jobs");
    assertEquals(24, asked.size());
  }

  @Test
  void aQueueThatCannotBeReadLeavesEveryDepthUnknownUntilTheNextRound() {
    QueueReadings readings =
        new QueueReadings(
            queue -> {
              throw new IllegalStateException("SQS is down");
            },
            new JobSettings(),
            clock,
            30);
    assertEquals(Optional.empty(), readings.depth("academy-video-jobs"));
  }
}
