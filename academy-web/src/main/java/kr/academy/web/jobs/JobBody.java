package kr.academy.web.jobs;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobType;

/** A job's detail, from the database. */
public record JobBody(
    UUID jobId,
    JobType type,
    JobStatus status,
    int progress,
    String step,
    int attempts,
    String error,
    JsonObject result,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  static JobBody of(Job job, JsonObject result) {
    return new JobBody(
        job.jobId().value(),
        job.type(),
        job.status(),
        job.progress(),
        job.step(),
        job.attempts(),
        job.error().orElse(null),
        result,
        job.createdAt(),
        job.startedAt().orElse(null),
        job.finishedAt().orElse(null));
  }
}
