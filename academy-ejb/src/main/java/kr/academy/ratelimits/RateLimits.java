package kr.academy.ratelimits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.academy.common.SharedStateUnavailable;
import kr.academy.platform.counting.AttemptCounter;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.TenantId;

/**
 * Limits each academy's requests in fixed windows (docs/api.md, Rate limits): every request made
 * with one of its tokens, and, more strictly, the requests that create a job. The limits are those
 * of the academy's plan.
 *
 * <p>A request is counted before it is looked at, on one key or two in one call of the shared
 * counter (one Redis round trip), and refused when a count is over its limit; a refused request
 * still counts, so an academy that keeps sending while limited does not get in earlier, nor later:
 * the window closes when it closes. While the shared counter is unavailable each process counts in
 * its own memory, so the API keeps answering and an academy is still limited, per process.
 */
public final class RateLimits {

  /** What one plan allows in one window: every request, and those that create a job. */
  public record Allowance(long requests, long jobRequests) {}

  /** The allowance of each plan and the window they count in. */
  public record Limits(Map<Plan, Allowance> allowances, Duration window) {

    public Limits {
      allowances = Map.copyOf(allowances);
      if (!allowances.keySet().containsAll(List.of(Plan.values()))) {
        throw new IllegalArgumentException("every plan needs its rate limits: " + allowances);
      }
    }

    Allowance of(Plan plan) {
      return allowances.get(plan);
    }
  }

  private final Limits limits;
  private final AcademyPlans plans;
  private final AttemptCounter shared;
  private final AttemptCounter fallback;

  public RateLimits(
      Limits limits, AcademyPlans plans, AttemptCounter shared, AttemptCounter fallback) {
    this.limits = limits;
    this.plans = plans;
    this.shared = shared;
    this.fallback = fallback;
  }

  /**
   * Counts one request of {@code academy} ({@code createsJob} when it would start a job); throws
   * {@link RateLimited} when the academy is over a limit of its plan. An academy that no longer
   * exists is not counted (its request finds nothing anyway).
   */
  public void admit(TenantId academy, boolean createsJob) {
    Optional<Plan> plan = plans.of(academy);
    if (plan.isEmpty()) {
      return;
    }
    Allowance allowance = limits.of(plan.get());
    List<String> keys = new ArrayList<>(2);
    keys.add(key(academy, "requests"));
    if (createsJob) {
      keys.add(key(academy, "job-requests"));
    }
    List<AttemptCounter.Window> windows = count(keys);
    Optional<Overrun> overrun = Overrun.of("API requests", allowance.requests(), windows.get(0));
    if (createsJob) {
      overrun =
          Overrun.longer(
              overrun,
              Overrun.of("job-creating requests", allowance.jobRequests(), windows.get(1)));
    }
    overrun.ifPresent(
        over -> {
          throw new RateLimited(
              over.what(), over.limit(), limits.window(), plan.get(), over.retryAfter());
        });
  }

  /** A limit the request went over, and how long until its window closes. */
  private record Overrun(String what, long limit, Duration retryAfter) {

    static Optional<Overrun> of(String what, long limit, AttemptCounter.Window window) {
      // A window over its limit that closes just as it is read lets the request through.
      return window.attempts() > limit && window.remaining().compareTo(Duration.ZERO) > 0
          ? Optional.of(new Overrun(what, limit, window.remaining()))
          : Optional.empty();
    }

    /** Over both limits, the request may pass only once the later window has closed. */
    static Optional<Overrun> longer(Optional<Overrun> a, Optional<Overrun> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return a.isPresent() ? a : b;
      }
      return a.get().retryAfter().compareTo(b.get().retryAfter()) >= 0 ? a : b;
    }
  }

  /** The academy's count of one kind: a tenant key, like everything that belongs to an academy. */
  static String key(TenantId academy, String kind) {
    return "tenant:" + academy + ":rate:" + kind;
  }

  private List<AttemptCounter.Window> count(List<String> keys) {
    try {
      return shared.add(keys, limits.window());
    } catch (SharedStateUnavailable e) {
      return fallback.add(keys, limits.window());
    }
  }
}
