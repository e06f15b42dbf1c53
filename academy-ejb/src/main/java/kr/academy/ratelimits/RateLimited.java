package kr.academy.ratelimits;

import java.time.Duration;
import kr.academy.common.TryAgainLater;
import kr.academy.tenancy.Plan;

/** The academy is over one of its plan's rate limits: 429 until that limit's window closes. */
public class RateLimited extends TryAgainLater {

  RateLimited(String what, long limit, Duration window, Plan plan, Duration retryAfter) {
    this(what, limit, window, plan, seconds(retryAfter));
  }

  private RateLimited(String what, long limit, Duration window, Plan plan, long retryAfterSeconds) {
    super(
        "RATE_LIMITED",
        "this academy has made more than "
            + limit
            + " "
            + what
            + " in "
            + window.toSeconds()
            + " seconds, the limit of the "
            + plan
            + " plan; try again in "
            + retryAfterSeconds
            + " seconds",
        retryAfterSeconds);
  }
}
