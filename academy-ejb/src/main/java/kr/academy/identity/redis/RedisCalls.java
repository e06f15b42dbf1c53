package kr.academy.identity.redis;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import kr.academy.identity.SharedStateUnavailable;

/**
 * Calls to Redis on the path of every login and request: after one fails, the others answer
 * "unavailable" at once for {@link #PAUSE_AFTER_FAILURE} instead of each waiting for Redis's
 * timeout, and the callers fall back.
 */
@ApplicationScoped
class RedisCalls {

  static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

  private volatile long pausedUntil = System.nanoTime();

  <T> T call(Supplier<T> command) {
    if (System.nanoTime() - pausedUntil < 0) {
      throw new SharedStateUnavailable("Redis failed moments ago", null);
    }
    try {
      return command.get();
    } catch (RuntimeException e) {
      pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
      throw new SharedStateUnavailable("Redis is unavailable: " + e.getMessage(), e);
    }
  }
}
