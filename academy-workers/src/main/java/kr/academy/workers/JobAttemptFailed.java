package kr.academy.workers;

/**
 * An attempt failed; thrown out of the message-driven bean so the resource adapter leaves the
 * message for redelivery after its back-off (or the dead-letter queue after the last attempt).
 */
public class JobAttemptFailed extends RuntimeException {

  public JobAttemptFailed(String reason, Throwable cause) {
    super(reason, cause);
  }
}
