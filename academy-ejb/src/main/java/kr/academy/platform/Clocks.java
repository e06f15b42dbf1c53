package kr.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the application; tests of time rules replace it. It ticks in microseconds, the
 * precision PostgreSQL keeps, so a time the API returns after a write is the time it reads back.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock systemClock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
