package kr.academy.web.jobs;

import java.time.Instant;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobStatus;

/** What a poller sees (DESIGN §4): never the result; fetch the detail once it is final. */
public record ProgressBody(
    String jobId, JobStatus status, int progress, String step, String error, Instant updatedAt) {

  static ProgressBody of(JobId job, JobProgress progress) {
    return new ProgressBody(
        job.toString(),
        progress.status(),
        progress.progress(),
        progress.step(),
        progress.error(),
        progress.updatedAt());
  }
}
