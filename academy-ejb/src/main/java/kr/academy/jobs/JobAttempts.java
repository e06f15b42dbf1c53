package kr.academy.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * A worker's side of a job's life, each call one short transaction of its own for the bound
 * academy, returning the progress to post once it has committed (DESIGN §4: database first).
 */
public interface JobAttempts {

  /** What a claim found; {@code progress} is the job's state after it. */
  record Attempt(
      Job.Claim claim,
      JobType type,
      String input,
      int number,
      Instant deadline,
      JobProgress progress) {}

  /** Takes the job for an attempt; empty if the academy has no such job. */
  Optional<Attempt> claim(JobId job);

  JobProgress complete(JobId job, String result);

  /** Stops a running job whose cancellation was asked for. */
  JobProgress cancelled(JobId job);

  JobProgress fail(JobId job, String reason);

  JobProgress retryLater(JobId job, String reason);
}
