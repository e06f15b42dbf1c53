package kr.academy.common;

import java.time.Duration;

/**
 * A limit that frees itself in time (a window of failed logins, an academy's request rate): 429
 * with {@code Retry-After}, the whole seconds until a new request may pass.
 */
public class TryAgainLater extends DomainException {

  private final long retryAfterSeconds;

  protected TryAgainLater(String code, String message, long retryAfterSeconds) {
    super(Kind.LIMIT_REACHED, code, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A wait in whole seconds, rounded up and at least 1, as {@code Retry-After} says it. */
  protected static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** Whole seconds until a request is looked at again, at least 1 (the {@code Retry-After}). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
