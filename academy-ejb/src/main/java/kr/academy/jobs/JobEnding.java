package kr.academy.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * A job that reached a final status: its type, that status, the time since it was submitted and,
 * when it ended while an attempt ran, the time that attempt took (a job cancelled or failed while
 * queued ended no attempt).
 */
public record JobEnding(
    JobType type, JobStatus status, Duration sinceSubmitted, Optional<Duration> attempt) {

  /**
   * The ending a change made, if the job was not final before it ({@code before}) and is now; a
   * redelivery of a finished job, a retry or a renewal ends nothing.
   */
  public static Optional<JobEnding> of(JobStatus before, Job job) {
    if (before.isFinal() || !job.status().isFinal()) {
      return Optional.empty();
    }
    var finished = job.finishedAt().orElseThrow();
    return Optional.of(
        new JobEnding(
            job.type(),
            job.status(),
            Duration.between(job.createdAt(), finished),
            job.startedAt()
                .filter(started -> before == JobStatus.PROCESSING)
                .map(started -> Duration.between(started, finished))));
  }
}
