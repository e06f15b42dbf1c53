package kr.academy.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import kr.academy.platform.counting.InProcessAttemptCounter;
import kr.academy.testing.UnavailableAttemptCounter;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final LoginThrottle.Limits LIMITS =
      new LoginThrottle.Limits(3, 5, Duration.ofMinutes(15));

  private final AtomicLong now = new AtomicLong(42);
  private final InProcessAttemptCounter shared = new InProcessAttemptCounter(now::get, 1000);
  private final InProcessAttemptCounter fallback = new InProcessAttemptCounter(now::get, 1000);
  private final LoginThrottle throttle = new LoginThrottle(LIMITS, shared, fallback);

  private void fail(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.admit(account, address);
    }
  }

  private void pass(Duration time) {
    now.addAndGet(time.toNanos());
  }

  @Test
  void anAccountIsRefusedAfterItsFailuresUntilTheWindowCloses() {
    fail("academy a 01011112222", "198.51.100.1", 3);
    TooManyAttempts refused =
        assertThrows(
            TooManyAttempts.class, () -> throttle.admit("academy a 01011112222", "198.51.100.2"));
    assertEquals(900, refused.retryAfterSeconds());
    assertEquals("TOO_MANY_ATTEMPTS", refused.code());

    pass(Duration.ofMinutes(10));
    TooManyAttempts later =
        assertThrows(
            TooManyAttempts.class, () -> throttle.admit("academy a 01011112222", "198.51.100.3"));
    assertEquals(300, later.retryAfterSeconds());

    pass(Duration.ofMinutes(5));
    assertDoesNotThrow(() -> throttle.admit("academy a 01011112222", "198.51.100.4"));
  }

  @Test
  void anAddressIsRefusedAfterFailuresOnManyAccounts() {
    for (int i = 0; i < 5; i++) {
      throttle.admit("academy a 0101111000" + i, "203.0.113.7");
    }
    assertThrows(
        TooManyAttempts.class, () -> throttle.admit("academy a 01099999999", "203.0.113.7"));
    assertDoesNotThrow(() -> throttle.admit("academy a 01099999999", "203.0.113.8"));
  }

  @Test
  void theRightPasswordClearsTheAccountButNotTheFailuresOfItsAddress() {
    fail("academy a 01011112222", "203.0.113.7", 2);
    throttle.admit("academy a 01011112222", "203.0.113.7").succeeded();
    fail("academy a 01011112222", "203.0.113.7", 3);
    assertThrows(
        TooManyAttempts.class, () -> throttle.admit("academy a 01033334444", "203.0.113.7"));
  }

  @Test
  void successesFromAnAddressDoNotCountAgainstIt() {
    for (int i = 0; i < 20; i++) {
      throttle.admit("academy a 0101111" + (1000 + i), "203.0.113.7").succeeded();
    }
    assertDoesNotThrow(() -> throttle.admit("academy a 01033334444", "203.0.113.7"));
  }

  @Test
  void theSameNumberAtAnotherAcademyIsAnotherAccount() {
    fail("academy a 01011112222", "198.51.100.1", 3);
    assertDoesNotThrow(() -> throttle.admit("academy b 01011112222", "198.51.100.1"));
  }

  @Test
  void withoutTheSharedCounterTheProcessKeepsLimiting() {
    LoginThrottle withoutRedis =
        new LoginThrottle(LIMITS, new UnavailableAttemptCounter(), fallback);
    withoutRedis.admit("academy a 01011112222", "198.51.100.1").succeeded();
    for (int i = 0; i < 3; i++) {
      withoutRedis.admit("academy a 01011112222", "198.51.100.1");
    }
    assertThrows(
        TooManyAttempts.class, () -> withoutRedis.admit("academy a 01011112222", "198.51.100.1"));
  }
}
