package kr.academy.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A value read from a remote service at most once per {@code maxAge}, however often it is asked
 * for: a metrics scrape reads the cached value, and callers asking at once wait for the one read in
 * progress instead of starting their own. A failed read is logged and leaves the value unknown
 * (empty) until the next read is due, so a service that is down is not asked more often either.
 */
public final class Sampled<T> {

  private static final Logger LOG = Logger.getLogger(Sampled.class.getName());

  private final String what;
  private final Supplier<T> read;
  private final Duration maxAge;
  private final Clock clock;
  private Instant readAt;
  private T value;

  public Sampled(String what, Supplier<T> read, Duration maxAge, Clock clock) {
    this.what = what;
    this.read = read;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** The last value read, reading it again first if it is {@code maxAge} old or older. */
  public synchronized Optional<T> get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
      readAt = now;
      try {
        value = read.get();
      } catch (RuntimeException e) {
        value = null;
        LOG.warning(() -> "Cannot read " + what + ": " + e);
      }
    }
    return Optional.ofNullable(value);
  }
}
