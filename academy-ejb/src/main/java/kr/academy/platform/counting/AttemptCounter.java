package kr.academy.platform.counting;

import java.time.Duration;
import java.util.List;
import kr.academy.common.SharedStateUnavailable;

/**
 * Counts attempts per key in fixed windows: the first attempt on a key opens its window, and the
 * count ends with the window. Shared by every process (Redis) or held in one (the fallback while
 * Redis is down). A shared counter may throw {@link SharedStateUnavailable}.
 *
 * <p>Keys are named whole by their callers, namespaced like every shared key ({@code platform:…}
 * for what belongs to no academy, {@code tenant:{t}:…} for what does), so the failed logins and the
 * academies' rate limits share one counter without meeting.
 */
public interface AttemptCounter {

  /** Counts one attempt on each key; answers each key's window after counting, in key order. */
  List<Window> add(List<String> keys, Duration window);

  /** Takes back one attempt counted on the key, if its window is still open. */
  void takeBack(String key);

  /** Ends the key's window and its count. */
  void clear(String key);

  /** How many attempts a key's open window holds and how long it stays open. */
  record Window(long attempts, Duration remaining) {}
}
