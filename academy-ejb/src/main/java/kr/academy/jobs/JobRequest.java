package kr.academy.jobs;

/**
 * Someone asks for background work: its type, its input as JSON (small: a reference to a file, not
 * the file), and optionally the client's {@code Idempotency-Key}.
 */
public record JobRequest(JobType type, String input, String idempotencyKey, Long requestedBy) {

  public JobRequest {
    if (type == null || input == null) {
      throw new IllegalArgumentException("a job needs a type and an input");
    }
    idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
  }
}
