package kr.academy.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * A worker's side of a job's life, each call one short transaction of its own for the bound
 * academy, returning the progress to post once it has committed (DESIGN §4: database first). The
 * calls after a claim name the attempt: only the attempt holding the job changes it, so one that
 * lost its lease to another cannot overwrite what the other does.
 */
public interface JobAttempts {

  /**
   * What a claim found; {@code deadline} is when the attempt must stop (its hard timeout), {@code
   * progress} the job's state after the claim.
   */
  record Attempt(
      Job.Claim claim,
      JobType type,
      String input,
      int number,
      Instant deadline,
      JobProgress progress) {}

  /** Takes the job for an attempt; empty if the academy has no such job. */
  Optional<Attempt> claim(JobId job);

  /** Extends the lease of the running attempt; {@link Job.Lease#LOST} if the job is gone. */
  Job.Lease renew(JobId job, int attempt);

  JobProgress complete(JobId job, int attempt, String result);

  /** Stops a running job whose cancellation was asked for. */
  JobProgress cancelled(JobId job, int attempt);

  JobProgress fail(JobId job, int attempt, String reason);

  JobProgress retryLater(JobId job, int attempt, String reason);
}
