package kr.academy.testing;

import java.time.Duration;
import java.util.List;
import kr.academy.common.SharedStateUnavailable;
import kr.academy.platform.counting.AttemptCounter;

/** The shared counter while Redis is down: every call fails, and the callers must fall back. */
public final class UnavailableAttemptCounter implements AttemptCounter {

  @Override
  public List<Window> add(List<String> keys, Duration window) {
    throw down();
  }

  @Override
  public void takeBack(String key) {
    throw down();
  }

  @Override
  public void clear(String key) {
    throw down();
  }

  private static SharedStateUnavailable down() {
    return new SharedStateUnavailable("Redis is down", null);
  }
}
