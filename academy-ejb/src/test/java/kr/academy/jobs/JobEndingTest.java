package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobEndingTest {

  private static final Instant SUBMITTED = Instant.parse("2026-12-01T00:00:00Z");
  private final JobSettings settings = new JobSettings();

  private Job submitted() {
    return Job.submit(
        new JobRequest(JobType.STUDENT_EXPORT, "{}", null, null),
        JobQueue.EXCEL,
        SUBMITTED,
        settings.resendQueuedAfter());
  }

  @Test
  void aJobThatEndsWhileRunningIsTimedFromItsSubmissionAndFromItsClaim() {
    Job job = submitted();
    job.claim(SUBMITTED.plusSeconds(3), settings.lease());
    JobStatus before = job.status();
    job.complete(1, "{}", SUBMITTED.plusSeconds(10));

    assertEquals(
        Optional.of(
            new JobEnding(
                JobType.STUDENT_EXPORT,
                JobStatus.DONE,
                Duration.ofSeconds(10),
                Optional.of(Duration.ofSeconds(7)))),
        JobEnding.of(before, job));
  }

  @Test
  void aJobCancelledWhileQueuedEndsNoAttemptEvenIfAnEarlierOneRan() {
    Job job = submitted();
    job.claim(SUBMITTED.plusSeconds(1), settings.lease());
    job.retryLater(1, "boom", SUBMITTED.plusSeconds(2), settings.resendQueuedAfter());
    JobStatus before = job.status();
    job.cancel(SUBMITTED.plusSeconds(5));

    JobEnding ending = JobEnding.of(before, job).orElseThrow();
    assertEquals(JobStatus.CANCELLED, ending.status());
    assertEquals(Duration.ofSeconds(5), ending.sinceSubmitted());
    assertTrue(ending.attempt().isEmpty());
  }

  @Test
  void aChangeThatLeavesTheJobOpenOrFindsItFinishedEndsNothing() {
    Job job = submitted();
    JobStatus queued = job.status();
    job.claim(SUBMITTED.plusSeconds(1), settings.lease());
    assertTrue(JobEnding.of(queued, job).isEmpty(), "a claim");

    job.fail("no", SUBMITTED.plusSeconds(2));
    JobStatus failed = job.status();
    job.fail("again", SUBMITTED.plusSeconds(3));
    assertTrue(JobEnding.of(failed, job).isEmpty(), "a finished job stays as it was");
  }
}
