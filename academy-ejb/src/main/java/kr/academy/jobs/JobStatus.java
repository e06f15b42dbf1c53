package kr.academy.jobs;

/** Where a job is in its life. The last three are final: nothing changes a finished job. */
public enum JobStatus {
  QUEUED,
  PROCESSING,
  DONE,
  FAILED,
  CANCELLED;

  public boolean isFinal() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }
}
