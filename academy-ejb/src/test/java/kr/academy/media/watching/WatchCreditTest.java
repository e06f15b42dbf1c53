package kr.academy.media.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchCreditTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private static final double HOUR = 3600;

  private static Optional<WatchedSpans.Span> credit(
      double from, boolean playing, double rate, double afterSeconds, double to) {
    return WatchCredit.between(
        from,
        playing,
        rate,
        T0,
        new Heartbeat(to, true, rate, T0.plusMillis((long) (afterSeconds * 1000))),
        HOUR);
  }

  @Test
  void playingForThirtySecondsCreditsTheThirtySecondsPlayed() {
    assertEquals(Optional.of(new WatchedSpans.Span(100, 130)), credit(100, true, 1, 30, 130));
  }

  @Test
  void jitterIsCreditedOnlyUpToRealTime() {
    assertEquals(Optional.of(new WatchedSpans.Span(100, 130)), credit(100, true, 1, 30, 131.5));
  }

  @Test
  void aJumpForwardCreditsNothing() {
    assertTrue(credit(100, true, 1, 30, 3500).isEmpty());
    assertTrue(credit(100, true, 1, 30, 140).isEmpty());
  }

  @Test
  void fasterPlaybackCountsUpToTwiceRealTime() {
    assertEquals(Optional.of(new WatchedSpans.Span(0, 60)), credit(0, true, 2, 30, 60));
    assertEquals(Optional.of(new WatchedSpans.Span(0, 60)), credit(0, true, 4, 30, 72));
    assertTrue(credit(0, true, 4, 30, 120).isEmpty(), "4x counts as 2x: 120 s in 30 s is a jump");
  }

  @Test
  void heartbeatsSentFasterCreditNoMoreThanTheTimeBetweenThem() {
    double position = 0;
    double credited = 0;
    Instant at = T0;
    for (int i = 0; i < 100; i++) {
      Instant next = at.plusMillis(100);
      Optional<WatchedSpans.Span> span =
          WatchCredit.between(
              position, true, 1, at, new Heartbeat(position + 2, true, 1, next), HOUR);
      credited += span.map(s -> s.to() - s.from()).orElse(0.0);
      position += 2;
      at = next;
    }
    assertTrue(credited <= 10.0 + 1e-9, "10 s of heartbeats credited " + credited);
  }

  @Test
  void pausedTimeAndLongGapsAndRewindsCreditNothing() {
    assertTrue(credit(100, false, 1, 30, 130).isEmpty());
    assertTrue(credit(100, true, 1, 91, 191).isEmpty());
    assertTrue(credit(100, true, 1, 30, 50).isEmpty());
    assertTrue(credit(100, true, 1, 0, 100).isEmpty());
  }

  @Test
  void theFirstHeartbeatStartsTheCount() {
    assertTrue(
        WatchCredit.between(0, true, 1, null, new Heartbeat(0, true, 1, T0), HOUR).isEmpty());
  }

  @Test
  void creditStopsAtTheEndOfTheVideo() {
    assertEquals(Optional.of(new WatchedSpans.Span(3590, 3600)), credit(3590, true, 1, 20, 3600.5));
  }
}
