package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobTest {

  private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
  private final JobSettings settings = new JobSettings();
  private final Duration lease = settings.lease();
  private final Duration timeout = settings.timeout(JobType.STUDENT_EXPORT);

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
    assertEquals(Job.Claim.CLAIMED, job.claim(T0.plusSeconds(1), lease));
    assertEquals(JobStatus.PROCESSING, job.status());
    assertEquals(1, job.attempts());
    assertEquals(T0.plusSeconds(1).plus(lease), job.deadlineAt());
    assertEquals(Job.Claim.HELD_ELSEWHERE, job.claim(T0.plusSeconds(2), lease));
    assertEquals(1, job.attempts());
  }

  @Test
  void aRenewedLeaseKeepsTheJobHeldLongAfterTheFirstLeaseWouldHaveLapsed() {
    Job job = queued();
    job.claim(T0, lease);
    Instant now = T0;
    for (int renewal = 0; renewal < 20; renewal++) {
      now = now.plus(settings.leaseRenewInterval());
      assertEquals(Job.Lease.RENEWED, job.renewLease(1, now, settings));
      assertEquals(now.plus(lease), job.deadlineAt());
    }
    assertTrue(now.isAfter(T0.plus(lease)));
    assertEquals(Job.Claim.HELD_ELSEWHERE, job.claim(now.plusSeconds(1), lease));
    assertEquals(1, job.attempts());
  }

  @Test
  void aLapsedLeaseIsTakenOverAtOnceLongBeforeTheHardTimeout() {
    Job job = queued();
    job.claim(T0, lease);
    job.renewLease(1, T0.plusSeconds(5), settings);
    Instant lapsed = T0.plusSeconds(5).plus(lease);
    assertTrue(lapsed.isBefore(job.attemptEndsAt(timeout)), "well inside the hard timeout");
    assertEquals(Job.Claim.HELD_ELSEWHERE, job.claim(lapsed.minusMillis(1), lease));
    assertEquals(Job.Claim.CLAIMED, job.claim(lapsed, lease));
    assertEquals(2, job.attempts());
    assertEquals("started again (attempt 2)", job.step());
  }

  @Test
  void anAttemptThatLostTheJobCanNeitherRenewNorRecordItsOutcome() {
    Job job = queued();
    job.claim(T0, lease);
    Instant takeover = T0.plus(lease);
    job.claim(takeover, lease);

    assertEquals(Job.Lease.LOST, job.renewLease(1, takeover.plusSeconds(1), settings));
    job.complete(1, "{\"rows\":1}", takeover.plusSeconds(2));
    job.retryLater(1, "attempt 1 failed", takeover.plusSeconds(2), Duration.ofMinutes(5));
    job.fail(1, "attempt 1 failed for good", takeover.plusSeconds(2));
    job.cancel(takeover.plusSeconds(2));
    job.stopCancelled(1, takeover.plusSeconds(3));
    assertEquals(JobStatus.PROCESSING, job.status());
    assertTrue(job.heldBy(2));
    assertFalse(job.heldBy(1));
    assertTrue(job.result().isEmpty());
    assertTrue(job.error().isEmpty());

    assertEquals(Job.Lease.RENEWED, job.renewLease(2, takeover.plusSeconds(4), settings));
    job.stopCancelled(2, takeover.plusSeconds(5));
    assertEquals(JobStatus.CANCELLED, job.status());
    assertEquals(Job.Lease.LOST, job.renewLease(2, takeover.plusSeconds(6), settings));
  }

  @Test
  void aRenewalAfterALapseNobodyUsedKeepsTheJob() {
    Job job = queued();
    job.claim(T0, lease);
    Instant late = T0.plus(lease).plusSeconds(10);
    assertEquals(Job.Lease.RENEWED, job.renewLease(1, late, settings));
    assertEquals(Job.Claim.HELD_ELSEWHERE, job.claim(late.plusSeconds(1), lease));
  }

  @Test
  void theHardTimeoutStillBoundsAnAttemptThatKeepsRenewing() {
    Job job = queued();
    job.claim(T0, lease);
    Instant end = job.attemptEndsAt(timeout);
    assertEquals(T0.plus(timeout), end);
    assertEquals(Job.Lease.RENEWED, job.renewLease(1, end.minusSeconds(1), settings));
    assertEquals(Job.Lease.OUT_OF_TIME, job.renewLease(1, end, settings));
    assertEquals(end.minusSeconds(1).plus(lease), job.deadlineAt(), "not extended past the limit");

    Instant lapsed = end.minusSeconds(1).plus(lease);
    assertEquals(Job.Sweep.RESEND, job.sweep(lapsed, settings));
    assertEquals(JobStatus.QUEUED, job.status());
    assertEquals("the job ran past its limit of 10 minutes", job.error().orElseThrow());
  }

  @Test
  void aFinishedJobNeverChangesAgain() {
    Job job = queued();
    job.claim(T0, lease);
    job.complete(1, "{\"rows\":1}", T0.plusSeconds(3));
    assertEquals(JobStatus.DONE, job.status());
    assertEquals(100, job.progress());
    assertEquals(Job.Claim.FINISHED, job.claim(T0.plusSeconds(4), lease));
    assertEquals(Job.Lease.LOST, job.renewLease(1, T0.plusSeconds(4), settings));
    job.fail("late failure", T0.plusSeconds(5));
    job.cancel(T0.plusSeconds(6));
    assertEquals(JobStatus.DONE, job.status());
    assertTrue(job.error().isEmpty());
  }

  @Test
  void aFailedAttemptWaitsForItsRetryWithTheReasonShown() {
    Job job = queued();
    job.claim(T0, lease);
    job.retryLater(1, "attempt 1 failed: S3 unavailable", T0.plusSeconds(1), Duration.ofMinutes(5));
    assertEquals(JobStatus.QUEUED, job.status());
    assertEquals("attempt 1 failed: S3 unavailable", job.error().orElseThrow());
    assertEquals(Job.Claim.CLAIMED, job.claim(T0.plusSeconds(31), lease));
    assertEquals(2, job.attempts());
  }

  @Test
  void cancellingAQueuedJobEndsItAndARunningJobStopsAtItsNextStep() {
    Job waiting = queued();
    waiting.cancel(T0);
    assertEquals(JobStatus.CANCELLED, waiting.status());
    assertEquals(Job.Claim.FINISHED, waiting.claim(T0.plusSeconds(1), lease));

    Job running = queued();
    running.claim(T0, lease);
    running.cancel(T0.plusSeconds(1));
    assertEquals(JobStatus.PROCESSING, running.status());
    assertTrue(running.cancelRequested());
    running.complete(1, "{}", T0.plusSeconds(2));
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
      job.claim(now, lease);
      assertEquals(Job.Sweep.NOTHING, job.sweep(now.plus(lease).minusMillis(1), settings));
      now = now.plus(lease);
      assertEquals(Job.Sweep.RESEND, job.sweep(now, settings));
      assertEquals(JobStatus.QUEUED, job.status());
      assertEquals("the worker stopped responding", job.error().orElseThrow());
    }
    job.claim(now, lease);
    now = now.plus(lease);
    assertEquals(Job.Sweep.FAILED, job.sweep(now, settings));
    assertEquals(JobStatus.FAILED, job.status());
    assertEquals("the worker stopped responding on every attempt", job.error().orElseThrow());
  }

  @Test
  void aRedrivenJobStartsItsAttemptsAnew() {
    Job job = queued();
    job.claim(T0, lease);
    job.fail(1, "boom", T0.plusSeconds(1));
    assertTrue(job.redrive(T0.plusSeconds(2), Duration.ofMinutes(5)));
    assertEquals(JobStatus.QUEUED, job.status());
    assertEquals(0, job.attempts());
    assertEquals(Job.Claim.CLAIMED, job.claim(T0.plusSeconds(3), lease));
  }

  @Test
  void progressTextIsClippedSoNothingLargeReachesRedis() {
    JobProgress progress =
        new JobProgress(JobStatus.FAILED, 0, "x".repeat(5000), "e".repeat(20000), T0);
    assertEquals(JobProgress.TEXT_MAX, progress.step().length());
    assertEquals(JobProgress.TEXT_MAX, progress.error().length());
  }
}
