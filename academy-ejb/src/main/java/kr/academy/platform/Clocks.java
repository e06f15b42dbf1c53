package kr.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application; tests of time rules replace it. */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
