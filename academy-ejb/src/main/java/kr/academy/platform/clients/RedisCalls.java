package kr.academy.platform.clients;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import kr.academy.common.SharedStateUnavailable;

/**
 * Calls to Redis on the path of every login and request: after one fails, the others answer
 * "unavailable" at once for {@link #PAUSE_AFTER_FAILURE} instead of each waiting for Redis's
 * timeout, and the callers fall back.
 */
@ApplicationScoped
public class RedisCalls {

  static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

  private final FailFastCalls calls = new FailFastCalls(PAUSE_AFTER_FAILURE);

  public <T> T call(Supplier<T> command) {
    return calls.call(command, SharedStateUnavailable::new);
  }
}
