package kr.academy.ratelimits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kr.academy.platform.counting.AttemptCounter;
import kr.academy.platform.counting.InProcessAttemptCounter;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.TenantId;
import kr.academy.testing.UnavailableAttemptCounter;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private static final TenantId LITE = new TenantId(1);
  private static final TenantId OTHER_LITE = new TenantId(2);
  private static final TenantId PREMIUM = new TenantId(3);
  private static final TenantId CLOSED = new TenantId(4);

  private static final RateLimits.Limits LIMITS =
      new RateLimits.Limits(
          Map.of(
              Plan.LITE, new RateLimits.Allowance(5, 2),
              Plan.BASIC, new RateLimits.Allowance(10, 4),
              Plan.PREMIUM, new RateLimits.Allowance(20, 8)),
          Duration.ofSeconds(60));

  private final AtomicLong now = new AtomicLong(7);
  private final AtomicInteger planLookUps = new AtomicInteger();
  private final AcademyPlans plans =
      new AcademyPlans(
          academy -> {
            planLookUps.incrementAndGet();
            return academy.equals(PREMIUM)
                ? Optional.of(Plan.PREMIUM)
                : academy.equals(CLOSED) ? Optional.empty() : Optional.of(Plan.LITE);
          },
          now::get);
  private final InProcessAttemptCounter shared = new InProcessAttemptCounter(now::get, 1000);
  private final InProcessAttemptCounter fallback = new InProcessAttemptCounter(now::get, 1000);

  private RateLimits limits(AttemptCounter sharedCounter) {
    return new RateLimits(LIMITS, plans, sharedCounter, fallback);
  }

  private void pass(Duration time) {
    now.addAndGet(time.toNanos());
  }

  private static void admit(RateLimits limits, TenantId academy, boolean createsJob, int times) {
    for (int i = 0; i < times; i++) {
      limits.admit(academy, createsJob);
    }
  }

  @Test
  void anAcademyOverItsPlansRequestsIsRefusedUntilTheWindowCloses() {
    RateLimits limits = limits(shared);
    admit(limits, LITE, false, 5);
    pass(Duration.ofSeconds(20));
    RateLimited refused = assertThrows(RateLimited.class, () -> limits.admit(LITE, false));
    assertEquals("RATE_LIMITED", refused.code());
    assertEquals(40, refused.retryAfterSeconds());
    assertTrue(
        refused.getMessage().contains("more than 5 API requests in 60 seconds"),
        refused::getMessage);
    assertTrue(refused.getMessage().contains("LITE plan"), refused::getMessage);

    pass(Duration.ofSeconds(39));
    assertEquals(
        1, assertThrows(RateLimited.class, () -> limits.admit(LITE, false)).retryAfterSeconds());
    pass(Duration.ofSeconds(1));
    assertDoesNotThrow(() -> admit(limits, LITE, false, 5));
  }

  @Test
  void jobRequestsHaveTheirOwnStricterLimitAndCountAsRequestsToo() {
    RateLimits limits = limits(shared);
    admit(limits, LITE, true, 2);
    RateLimited refused = assertThrows(RateLimited.class, () -> limits.admit(LITE, true));
    assertTrue(
        refused.getMessage().contains("more than 2 job-creating requests"), refused::getMessage);
    admit(limits, LITE, false, 2);
    RateLimited requests = assertThrows(RateLimited.class, () -> limits.admit(LITE, false));
    assertTrue(requests.getMessage().contains("more than 5 API requests"), requests::getMessage);
  }

  @Test
  void overBothLimitsTheLaterWindowIsTheOneToWaitFor() {
    RateLimits limits = limits(shared);
    admit(limits, LITE, false, 3);
    pass(Duration.ofSeconds(30));
    admit(limits, LITE, true, 2);
    RateLimited refused = assertThrows(RateLimited.class, () -> limits.admit(LITE, true));
    assertEquals(60, refused.retryAfterSeconds());
    assertTrue(refused.getMessage().contains("job-creating"), refused::getMessage);
    assertEquals(
        30, assertThrows(RateLimited.class, () -> limits.admit(LITE, false)).retryAfterSeconds());
  }

  @Test
  void academiesAreCountedApartAndByTheirOwnPlan() {
    RateLimits limits = limits(shared);
    admit(limits, LITE, false, 5);
    assertThrows(RateLimited.class, () -> limits.admit(LITE, false));
    assertDoesNotThrow(() -> admit(limits, OTHER_LITE, false, 5));
    assertDoesNotThrow(() -> admit(limits, PREMIUM, false, 12));
    assertDoesNotThrow(() -> admit(limits, PREMIUM, true, 8));
    RateLimited premium = assertThrows(RateLimited.class, () -> limits.admit(PREMIUM, true));
    assertTrue(premium.getMessage().contains("PREMIUM plan"), premium::getMessage);
  }

  @Test
  void theCountsAreTheAcademysOwnKeys() {
    assertEquals("tenant:1:rate:requests", RateLimits.key(LITE, "requests"));
  }

  @Test
  void anAcademyThatIsNoMoreIsNotCounted() {
    RateLimits limits = limits(shared);
    assertDoesNotThrow(() -> admit(limits, CLOSED, true, 50));
  }

  @Test
  void plansAreReadOnceAWhile() {
    RateLimits limits = limits(shared);
    admit(limits, LITE, false, 3);
    assertEquals(1, planLookUps.get());
    pass(AcademyPlans.KEEP);
    limits.admit(LITE, false);
    assertEquals(2, planLookUps.get());
  }

  @Test
  void withTheSharedCounterDownEachProcessStillLimits() {
    RateLimits limits = limits(new UnavailableAttemptCounter());
    admit(limits, LITE, false, 5);
    RateLimited refused = assertThrows(RateLimited.class, () -> limits.admit(LITE, false));
    assertEquals(60, refused.retryAfterSeconds());
    pass(Duration.ofSeconds(60));
    assertDoesNotThrow(() -> limits.admit(LITE, false));
  }

  @Test
  void eachPlanHasADefaultThatConfigurationOverrides() {
    Map<String, Long> set =
        Map.of(
            "academy.rate.window", 5L,
            "academy.rate.lite.requests", 30L,
            "academy.rate.premium.job-requests", 1_000L);
    RateLimits.Limits limits = RateLimitSettings.limits(name -> Optional.ofNullable(set.get(name)));
    assertEquals(Duration.ofSeconds(5), limits.window());
    assertEquals(new RateLimits.Allowance(30, 20), limits.allowances().get(Plan.LITE));
    assertEquals(RateLimitSettings.DEFAULTS.get(Plan.BASIC), limits.allowances().get(Plan.BASIC));
    assertEquals(new RateLimits.Allowance(6_000, 1_000), limits.allowances().get(Plan.PREMIUM));

    RateLimits.Limits defaults = RateLimitSettings.limits(name -> Optional.empty());
    assertEquals(Duration.ofSeconds(60), defaults.window());
    assertEquals(RateLimitSettings.DEFAULTS, defaults.allowances());
  }
}
