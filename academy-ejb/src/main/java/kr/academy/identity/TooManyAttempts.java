package kr.academy.identity;

import java.time.Duration;
import kr.academy.common.DomainException;

/** Too many failed logins: refused without looking at the password until the window closes. */
public class TooManyAttempts extends DomainException {

  private final long retryAfterSeconds;

  public TooManyAttempts(Duration retryAfter) {
    this(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
  }

  private TooManyAttempts(long retryAfterSeconds) {
    super(
        Kind.LIMIT_REACHED,
        "TOO_MANY_ATTEMPTS",
        "too many failed logins; try again in " + retryAfterSeconds + " seconds");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds until a login is looked at again, at least 1 (the {@code Retry-After}). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
