package kr.academy.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import kr.academy.common.SharedStateUnavailable;
import kr.academy.platform.counting.AttemptCounter;

/**
 * Limits failed logins per account (an academy and phone number, or a platform admin's phone) and
 * per client address, in fixed windows (docs/api.md, Logins).
 *
 * <p>Every attempt is counted before its password is looked at, so a burst of parallel guesses
 * cannot all pass the check before the first of them is counted; a right password then clears the
 * account's count and takes its own attempt back from the address, without clearing the failures
 * counted there (one right password must not reset a limit that an attacker guessing many phones
 * from one address is running into). Counts live in the shared counter (Redis); while it is
 * unavailable, in this process.
 */
public final class LoginThrottle {

  /** Where the windows are kept: platform keys, since a login is counted before any academy. */
  static final String KEYS = "platform:login-failures:";

  /** How many failed logins a window allows per account and per address. */
  public record Limits(int perAccount, int perAddress, Duration window) {}

  private final Limits limits;
  private final AttemptCounter shared;
  private final AttemptCounter fallback;

  public LoginThrottle(Limits limits, AttemptCounter shared, AttemptCounter fallback) {
    this.limits = limits;
    this.shared = shared;
    this.fallback = fallback;
  }

  /**
   * Counts an attempt to log into {@code account} from {@code address}; throws {@link
   * TooManyAttempts} when either is over its limit. The account's name may be anything that tells
   * accounts apart (it is hashed: no phone number is stored).
   */
  public Admission admit(String account, String address) {
    String accountKey = KEYS + "account:" + sha256(account);
    String addressKey = KEYS + "address:" + address;
    List<String> keys = List.of(accountKey, addressKey);
    AttemptCounter counter = shared;
    List<AttemptCounter.Window> windows;
    try {
      windows = shared.add(keys, limits.window());
    } catch (SharedStateUnavailable e) {
      counter = fallback;
      windows = fallback.add(keys, limits.window());
    }
    Duration wait = Duration.ZERO;
    if (windows.get(0).attempts() > limits.perAccount()) {
      wait = windows.get(0).remaining();
    }
    if (windows.get(1).attempts() > limits.perAddress()) {
      wait = longer(wait, windows.get(1).remaining());
    }
    // A window over its limit that closes just as it is read lets the attempt through.
    if (!wait.isNegative() && !wait.isZero()) {
      throw new TooManyAttempts(wait);
    }
    return new Admission(counter, accountKey, addressKey);
  }

  /** An attempt let through; until {@link #succeeded()} it counts as a failure. */
  public static final class Admission {

    private final AttemptCounter counter;
    private final String accountKey;
    private final String addressKey;

    private Admission(AttemptCounter counter, String accountKey, String addressKey) {
      this.counter = counter;
      this.accountKey = accountKey;
      this.addressKey = addressKey;
    }

    /** The password was right. */
    public void succeeded() {
      try {
        counter.clear(accountKey);
        counter.takeBack(addressKey);
      } catch (SharedStateUnavailable e) {
        // The windows close on their own; the person is in either way.
      }
    }
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
