package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobTest {

  private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
  private final JobSettings settings = new JobSettings();

  private static Job queued() {
    return Job.submit(
        new JobRequest(JobType.STUDENT_EXPORT, "{}", null, 7L),
        JobQueue.EXCEL,
        T0,
        Duration.ofMinutes(5));
  }

  @Test
  void aQueuedJobIsClaimedOnceAndADuplicateMessageFindsItHeld() {
    Job job = queued();
    assertEquals(Job.Claim.CLAIMED, job.claim(T0.plusSeconds(1), TEN_MINUTES));
    assertEquals(JobStatus.PROCESSING, job.status());
    assertEquals(1, job.attempts());
    assertEquals(Job.Claim.HELD_ELSEWHERE, job.claim(T0.plusSeconds(2), TEN_MINUTES));
    assertEquals(1, job.attempts());
  }

  @Test
  void aRedeliveryAfterTheHardTimeoutTakesOverFromALostAttempt() {
    Job job = queued();
    job.claim(T0, TEN_MINUTES);
    assertEquals(Job.Claim.CLAIMED, job.claim(T0.plus(TEN_MINUTES).plusSeconds(1), TEN_MINUTES));
    assertEquals(2, job.attempts());
  }

  @Test
  void aFinishedJobNeverChangesAgain() {
    Job job = queued();
    job.claim(T0, TEN_MINUTES);
    job.complete("{\"rows\":1}", T0.plusSeconds(3));
    assertEquals(JobStatus.DONE, job.status());
    assertEquals(100, job.progress());
    assertEquals(Job.Claim.FINISHED, job.claim(T0.plusSeconds(4), TEN_MINUTES));
    job.fail("late failure", T0.plusSeconds(5));
    job.cancel(T0.plusSeconds(6));
    assertEquals(JobStatus.DONE, job.status());
    assertTrue(job.error().isEmpty());
  }

  @Test
  void aFailedAttemptWaitsForItsRetryWithTheReasonShown() {
    Job job = queued();
    job.claim(T0, TEN_MINUTES);
    job.retryLater("attempt 1 failed: S3 unavailable", T0.plusSeconds(1), Duration.ofMinutes(5));
    assertEquals(JobStatus.QUEUED, job.status());
    assertEquals("attempt 1 failed: S3 unavailable", job.error().orElseThrow());
    assertEquals(Job.Claim.CLAIMED, job.claim(T0.plusSeconds(31), TEN_MINUTES));
    assertEquals(2, job.attempts());
  }

  @Test
  void cancellingAQueuedJobEndsItAndARunningJobStopsAtItsNextStep() {
    Job waiting = queued();
    waiting.cancel(T0);
    assertEquals(JobStatus.CANCELLED, waiting.status());
    assertEquals(Job.Claim.FINISHED, waiting.claim(T0.plusSeconds(1), TEN_MINUTES));

    Job running = queued();
    running.claim(T0, TEN_MINUTES);
    running.cancel(T0.plusSeconds(1));
    assertEquals(JobStatus.PROCESSING, running.status());
    assertTrue(running.cancelRequested());
    running.complete("{}", T0.plusSeconds(2));
    assertEquals(JobStatus.CANCELLED, running.status(), "a cancellation wins over the result");
    assertTrue(running.result().isEmpty());
  }

  @Test
  void theSweeperResendsALostMessageAndFailsAJobWhoseWorkersKeepVanishing() {
    Job job = queued();
    assertEquals(Job.Sweep.NOTHING, job.sweep(T0.plusSeconds(60), settings));
    assertEquals(Job.Sweep.RESEND, job.sweep(T0.plus(Duration.ofMinutes(5)), settings));
    assertEquals(JobStatus.QUEUED, job.status());

    Instant now = T0.plus(Duration.ofMinutes(6));
    for (int attempt = 1; attempt < settings.maxAttempts(); attempt++) {
      job.claim(now, TEN_MINUTES);
      now = now.plus(TEN_MINUTES).plus(settings.lostAfter());
      assertEquals(Job.Sweep.RESEND, job.sweep(now, settings));
      assertEquals(JobStatus.QUEUED, job.status());
    }
    job.claim(now, TEN_MINUTES);
    now = now.plus(TEN_MINUTES).plus(settings.lostAfter());
    assertEquals(Job.Sweep.FAILED, job.sweep(now, settings));
    assertEquals(JobStatus.FAILED, job.status());
    assertTrue(job.error().orElseThrow().contains("on every attempt"));
  }

  @Test
  void aRedrivenJobStartsItsAttemptsAnew() {
    Job job = queued();
    job.claim(T0, TEN_MINUTES);
    job.fail("boom", T0.plusSeconds(1));
    assertTrue(job.redrive(T0.plusSeconds(2), Duration.ofMinutes(5)));
    assertEquals(JobStatus.QUEUED, job.status());
    assertEquals(0, job.attempts());
    assertEquals(Job.Claim.CLAIMED, job.claim(T0.plusSeconds(3), TEN_MINUTES));
  }

  @Test
  void progressTextIsClippedSoNothingLargeReachesRedis() {
    JobProgress progress =
        new JobProgress(JobStatus.FAILED, 0, "x".repeat(5000), "e".repeat(20000), T0);
    assertEquals(JobProgress.TEXT_MAX, progress.step().length());
    assertEquals(JobProgress.TEXT_MAX, progress.error().length());
  }
}
