package kr.academy.ratelimits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kr.academy.platform.counting.AttemptCounter;
import kr.academy.platform.counting.InProcessAttemptCounter;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.Tenant;
import kr.academy.tenancy.TenantDirectory;
import org.eclipse.microprofile.config.Config;

/**
 * The academies' rate limits of this process, from configuration (docs/configuration.md): {@code
 * academy.rate.window}, and for each plan {@code academy.rate.<plan>.requests} and {@code
 * academy.rate.<plan>.job-requests}, each with a default of its own.
 */
@ApplicationScoped
public class RateLimitSettings {

  /** Defaults per plan, in one window of {@link #WINDOW_SECONDS}. */
  static final Map<Plan, RateLimits.Allowance> DEFAULTS =
      Map.of(
          Plan.LITE, new RateLimits.Allowance(1_200, 20),
          Plan.BASIC, new RateLimits.Allowance(3_000, 60),
          Plan.PREMIUM, new RateLimits.Allowance(6_000, 120));

  static final long WINDOW_SECONDS = 60;

  /** Academies' windows the in-process fallback keeps at most, two per academy. */
  static final int FALLBACK_MAX_KEYS = 100_000;

  @Inject Config config;
  @Inject AttemptCounter shared;
  @Inject TenantDirectory tenants;

  @Produces
  @Singleton
  RateLimits rateLimits() {
    return new RateLimits(
        limits(name -> config.getOptionalValue(name, Long.class)),
        new AcademyPlans(id -> tenants.find(id).map(Tenant::plan), System::nanoTime),
        shared,
        new InProcessAttemptCounter(System::nanoTime, FALLBACK_MAX_KEYS));
  }

  /** The limits the settings give (by property name), each plan's default where they give none. */
  static RateLimits.Limits limits(Function<String, Optional<Long>> settings) {
    Map<Plan, RateLimits.Allowance> allowances = new EnumMap<>(Plan.class);
    for (Plan plan : Plan.values()) {
      String prefix = "academy.rate." + plan.name().toLowerCase(Locale.ROOT) + ".";
      RateLimits.Allowance fallback = DEFAULTS.get(plan);
      allowances.put(
          plan,
          new RateLimits.Allowance(
              settings.apply(prefix + "requests").orElse(fallback.requests()),
              settings.apply(prefix + "job-requests").orElse(fallback.jobRequests())));
    }
    long window = settings.apply("academy.rate.window").orElse(WINDOW_SECONDS);
    return new RateLimits.Limits(allowances, Duration.ofSeconds(window));
  }
}
