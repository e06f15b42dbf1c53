package kr.academy.ratelimits;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.TenantId;

/**
 * The plan of each academy, remembered for a while in this process: the rate limits need it on
 * every request, and asking the database each time would cost more than the limit saves. Plans
 * change by an operator's hand and rarely, so a change reaches the limits within {@link #KEEP}.
 * Only academies named by verified tokens are looked up, so the map grows with the academies, not
 * with what clients send.
 */
public final class AcademyPlans {

  /** How long a plan read from the database is used before it is read again. */
  static final Duration KEEP = Duration.ofMinutes(5);

  private record Known(Optional<Plan> plan, long readAt) {}

  private final Function<TenantId, Optional<Plan>> lookUp;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<TenantId, Known> known = new ConcurrentHashMap<>();

  public AcademyPlans(Function<TenantId, Optional<Plan>> lookUp, LongSupplier nanoTime) {
    this.lookUp = lookUp;
    this.nanoTime = nanoTime;
  }

  /** The academy's plan; empty when there is no such academy. */
  public Optional<Plan> of(TenantId academy) {
    long now = nanoTime.getAsLong();
    Known plan = known.get(academy);
    if (plan == null || now - plan.readAt() >= KEEP.toNanos()) {
      plan = new Known(lookUp.apply(academy), now);
      known.put(academy, plan);
    }
    return plan.plan();
  }
}
