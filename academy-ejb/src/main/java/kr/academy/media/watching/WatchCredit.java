package kr.academy.media.watching;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How much of the time between two heartbeats counts as watching. The player is not trusted: the
 * server's clock measures the time, and no more video is credited than that time allowed at the
 * reported rate, never above {@link #MAX_RATE}. So jumping to the end, or sending heartbeats
 * faster, credits nothing it did not play.
 *
 * <ul>
 *   <li>Only time the player said it was playing counts (the state of the earlier heartbeat governs
 *       the interval after it); a player should also send a heartbeat when it starts, pauses or
 *       seeks.
 *   <li>An interval longer than {@link #MAX_GAP} credits nothing: the player was gone.
 *   <li>A position that went back credits nothing (the viewer rewound).
 *   <li>A position that moved more than the time allowed at the rate, with {@link #JUMP_SLACK} for
 *       buffering and network jitter, is a seek forward: nothing is credited.
 *   <li>Otherwise the span from the earlier position is credited, at most the elapsed time × the
 *       rate (so the slack never adds up to more than real time).
 * </ul>
 */
public final class WatchCredit {

  public static final double MAX_RATE = 2.0;
  public static final Duration MAX_GAP = Duration.ofSeconds(90);

  /** A move up to this share over the allowed one (plus two seconds) is jitter, not a seek. */
  static final double JUMP_SLACK = 0.25;

  private static final double JUMP_SLACK_SECONDS = 2;

  private WatchCredit() {}

  /**
   * The span credited between the earlier heartbeat (position {@code fromPosition}, playing or not,
   * at {@code rate}, received at {@code since}) and {@code now}, capped at the video's {@code
   * durationSeconds}.
   */
  public static Optional<WatchedSpans.Span> between(
      double fromPosition,
      boolean playing,
      double rate,
      Instant since,
      Heartbeat now,
      double durationSeconds) {
    if (!playing || since == null) {
      return Optional.empty();
    }
    Duration elapsed = Duration.between(since, now.receivedAt());
    if (elapsed.isNegative() || elapsed.isZero() || elapsed.compareTo(MAX_GAP) > 0) {
      return Optional.empty();
    }
    double moved = now.positionSeconds() - fromPosition;
    if (moved <= 0) {
      return Optional.empty();
    }
    double allowed = elapsed.toNanos() / 1e9 * Math.min(rate, MAX_RATE);
    if (moved > allowed * (1 + JUMP_SLACK) + JUMP_SLACK_SECONDS) {
      return Optional.empty();
    }
    double to = Math.min(fromPosition + Math.min(moved, allowed), durationSeconds);
    return to > fromPosition
        ? Optional.of(new WatchedSpans.Span(fromPosition, to))
        : Optional.empty();
  }
}
