package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Jobs;
import org.junit.jupiter.api.Test;

/**
 * A burst of exports on the excel queue, whose bound is 2 (academy.workers.excel.concurrency): the
 * attempts, as each job records when its worker took it and finished it, never overlap more than
 * twice.
 */
class ConcurrencyBoundIT {

  private static final int BOUND = 2;
  private static final int BURST = 8;

  @Test
  void neverMoreJobsRunAtOnceThanTheQueuesBound() throws Exception {
    Academy academy = Academy.openWithStudents("burst", 15_000);
    String token = academy.ownerToken();
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      jobs.add(Jobs.exportAll(token));
    }
    List<Instant[]> runs = new ArrayList<>();
    for (String jobId : jobs) {
      JsonObject job = Jobs.awaitFinal(token, jobId, Duration.ofSeconds(120));
      assertEquals("DONE", job.getString("status"), job.toString());
      runs.add(
          new Instant[] {
            Instant.parse(job.getString("startedAt")), Instant.parse(job.getString("finishedAt"))
          });
    }
    int peak = peakOverlap(runs);
    assertTrue(peak <= BOUND, "peak " + peak + " jobs at once, bound " + BOUND);
    assertEquals(BOUND, peak, "the burst used the whole bound");
  }

  private static int peakOverlap(List<Instant[]> runs) {
    int peak = 0;
    for (Instant[] run : runs) {
      Instant at = run[0];
      int running = 0;
      for (Instant[] other : runs) {
        if (!other[0].isAfter(at) && other[1].isAfter(at)) {
          running++;
        }
      }
      peak = Math.max(peak, running);
    }
    return peak;
  }
}
