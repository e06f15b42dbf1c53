package kr.academy.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kr.academy.testing.TestClock;
import org.junit.jupiter.api.Test;

class SampledTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-12-01T00:00:00Z"));
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void readsAtMostOncePerIntervalHoweverOftenAsked() {
    Sampled<Integer> sampled = new Sampled<>("a count", reads::incrementAndGet, interval(), clock);

    assertEquals(Optional.of(1), sampled.get());
    clock.advance(Duration.ofSeconds(29));
    assertEquals(Optional.of(1), sampled.get());
    assertEquals(1, reads.get());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.of(2), sampled.get());
  }

  @Test
  void aFailedReadLeavesTheValueUnknownAndIsNotRetriedBeforeTheInterval() {
    boolean[] down = {false};
    Sampled<Integer> sampled =
        new Sampled<>(
            "a count",
            () -> {
              if (down[0]) {
                reads.incrementAndGet();
                throw new IllegalStateException("unreachable");
              }
              return 7;
            },
            interval(),
            clock);
    assertEquals(Optional.of(7), sampled.get());

    down[0] = true;
    clock.advance(interval());
    assertEquals(Optional.empty(), sampled.get(), "no stale value while the service is down");
    assertEquals(Optional.empty(), sampled.get());
    assertEquals(1, reads.get());

    down[0] = false;
    clock.advance(interval());
    assertEquals(Optional.of(7), sampled.get());
  }

  private static Duration interval() {
    return Duration.ofSeconds(30);
  }
}
