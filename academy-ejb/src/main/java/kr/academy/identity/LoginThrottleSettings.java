package kr.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import kr.academy.platform.counting.AttemptCounter;
import kr.academy.platform.counting.InProcessAttemptCounter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login throttle of this process, with its limits from configuration (docs/api.md, Logins). */
@ApplicationScoped
public class LoginThrottleSettings {

  /** Open windows the in-process fallback keeps at most (about 15 MB). */
  static final int FALLBACK_MAX_KEYS = 100_000;

  @Inject
  @ConfigProperty(name = "academy.login.max-failures-per-account", defaultValue = "10")
  int perAccount;

  @Inject
  @ConfigProperty(name = "academy.login.max-failures-per-address", defaultValue = "100")
  int perAddress;

  @Inject
  @ConfigProperty(name = "academy.login.failure-window", defaultValue = "900")
  long windowSeconds;

  @Inject AttemptCounter shared;

  @Produces
  @Singleton
  LoginThrottle throttle() {
    return new LoginThrottle(
        new LoginThrottle.Limits(perAccount, perAddress, Duration.ofSeconds(windowSeconds)),
        shared,
        new InProcessAttemptCounter(System::nanoTime, FALLBACK_MAX_KEYS));
  }
}
