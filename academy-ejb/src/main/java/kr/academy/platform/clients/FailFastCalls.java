package kr.academy.platform.clients;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Calls to a shared service on a hot path: after one fails, the next ones fail at once for a pause
 * instead of each waiting for the service's timeout, so their callers fall back quickly.
 */
public final class FailFastCalls {

  private final Duration pause;
  private volatile long pausedUntil = System.nanoTime();

  public FailFastCalls(Duration pause) {
    this.pause = pause;
  }

  /**
   * Runs {@code command}; a failure, or a call within the pause after one, is thrown as what {@code
   * unavailable} makes of a message and the cause.
   */
  public <T> T call(
      Supplier<T> command, BiFunction<String, Throwable, RuntimeException> unavailable) {
    if (System.nanoTime() - pausedUntil < 0) {
      throw unavailable.apply("Redis failed moments ago", null);
    }
    try {
      return command.get();
    } catch (RuntimeException e) {
      pausedUntil = System.nanoTime() + pause.toNanos();
      throw unavailable.apply("Redis is unavailable: " + e.getMessage(), e);
    }
  }
}
