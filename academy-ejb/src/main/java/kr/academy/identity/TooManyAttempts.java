package kr.academy.identity;

import java.time.Duration;
import kr.academy.common.TryAgainLater;

/** Too many failed logins: refused without looking at the password until the window closes. */
public class TooManyAttempts extends TryAgainLater {

  public TooManyAttempts(Duration retryAfter) {
    this(seconds(retryAfter));
  }

  private TooManyAttempts(long retryAfterSeconds) {
    super(
        "TOO_MANY_ATTEMPTS",
        "too many failed logins; try again in " + retryAfterSeconds + " seconds",
        retryAfterSeconds);
  }
}
