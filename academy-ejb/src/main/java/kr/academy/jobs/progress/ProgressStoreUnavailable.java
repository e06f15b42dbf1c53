package kr.academy.jobs.progress;

/** The progress store cannot be reached; callers fall back to the database or carry on without. */
public class ProgressStoreUnavailable extends RuntimeException {

  public ProgressStoreUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
