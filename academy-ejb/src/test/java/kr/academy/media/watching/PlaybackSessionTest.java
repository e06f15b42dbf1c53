package kr.academy.media.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaybackSessionTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

  private static PlaybackSession session() {
    return PlaybackSession.start(7, 600, 3, 11L, true, T0, T0.plus(Duration.ofHours(2)));
  }

  private static PlaybackSession.Beat beat(
      PlaybackSession session, double position, boolean playing, int atSecond) {
    return session.beat(new Heartbeat(position, playing, 1, T0.plusSeconds(atSecond)));
  }

  @Test
  void watchingStraightThroughCreditsEveryPlayedSecond() {
    PlaybackSession session = session();
    assertEquals(0, beat(session, 0, true, 1).creditedSeconds());
    assertEquals(30, beat(session, 30, true, 31).creditedSeconds(), 1e-9);
    assertEquals(30, beat(session, 60, false, 61).creditedSeconds(), 1e-9);
    assertEquals(0, beat(session, 60, true, 300).creditedSeconds(), "paused meanwhile");
    assertEquals(60, session.watchedSeconds(), 1e-9);
    assertEquals("0-60", session.watchedSpans().text());
    assertEquals(60, session.positionSeconds());
  }

  @Test
  void seekingToTheEndMovesThePositionButCreditsNothing() {
    PlaybackSession session = session();
    beat(session, 0, true, 1);
    assertEquals(0, beat(session, 590, true, 11).creditedSeconds());
    assertEquals(590, session.positionSeconds());
    assertEquals(10, beat(session, 600, true, 21).creditedSeconds(), 1e-9);
    assertEquals("590-600", session.watchedSpans().text());
  }

  @Test
  void aPositionPastTheEndIsTheEnd() {
    PlaybackSession session = session();
    beat(session, 5000, true, 1);
    assertEquals(600, session.positionSeconds());
  }

  @Test
  void anEndedOrExpiredSessionTakesNoHeartbeat() {
    PlaybackSession ended = session();
    ended.end(T0.plusSeconds(5));
    assertFalse(ended.activeAt(T0.plusSeconds(6)));
    assertThrows(IllegalStateException.class, () -> beat(ended, 10, true, 10));
    PlaybackSession expired = session();
    assertTrue(expired.activeAt(T0.plus(Duration.ofHours(2)).minusSeconds(1)));
    assertFalse(expired.activeAt(T0.plus(Duration.ofHours(2))));
  }
}
