package kr.academy.common;

/**
 * The state shared between processes (Redis) cannot be reached: callers carry on with what one
 * process knows or with the database, never by refusing everyone.
 */
public class SharedStateUnavailable extends RuntimeException {

  public SharedStateUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
