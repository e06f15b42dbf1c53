package kr.academy.platform.counting;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fixed windows held in this process: the fallback while Redis is down, so logins still work and
 * are still limited (per process, not across processes). Bounded: a new key beyond {@code maxKeys}
 * drops the closed windows, and if that is not enough, all of them, since memory must not grow with
 * the number of addresses an attacker uses.
 */
public final class InProcessAttemptCounter implements AttemptCounter {

  private final LongSupplier nanoTime;
  private final int maxKeys;
  private final ConcurrentHashMap<String, Entry> windows = new ConcurrentHashMap<>();

  private record Entry(long attempts, long closesAt) {
    boolean closedAt(long now) {
      return closesAt - now <= 0;
    }
  }

  public InProcessAttemptCounter(LongSupplier nanoTime, int maxKeys) {
    this.nanoTime = nanoTime;
    this.maxKeys = maxKeys;
  }

  @Override
  public List<Window> add(List<String> keys, Duration window) {
    long now = nanoTime.getAsLong();
    if (windows.size() >= maxKeys && !windows.keySet().containsAll(keys)) {
      windows.values().removeIf(entry -> entry.closedAt(now));
      if (windows.size() >= maxKeys && !windows.keySet().containsAll(keys)) {
        windows.clear();
      }
    }
    return keys.stream()
        .map(
            key ->
                windows.compute(
                    key,
                    (k, open) ->
                        open == null || open.closedAt(now)
                            ? new Entry(1, now + window.toNanos())
                            : new Entry(open.attempts() + 1, open.closesAt())))
        .map(entry -> new Window(entry.attempts(), Duration.ofNanos(entry.closesAt() - now)))
        .toList();
  }

  @Override
  public void takeBack(String key) {
    long now = nanoTime.getAsLong();
    windows.computeIfPresent(
        key,
        (k, open) ->
            open.closedAt(now)
                ? null
                : new Entry(Math.max(0, open.attempts() - 1), open.closesAt()));
  }

  @Override
  public void clear(String key) {
    windows.remove(key);
  }
}
