package kr.academy.media.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WatchSummaryTest {

  private static final UUID VIDEO = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

  private static WatchRecord session(
      double watched, String spans, double position, Instant started, Instant lastBeat) {
    return new WatchRecord(
        9, VIDEO, "Lecture", 200, 3, 11L, "Kim", watched, spans, position, started, lastBeat);
  }

  @Test
  void sessionsAddTheirSecondsAndCoverTheirUnion() {
    WatchSummary summary =
        WatchSummary.of(
            List.of(
                session(100, "0-100", 100, T0, T0.plusSeconds(100)),
                session(80, "50-130", 130, T0.plusSeconds(1000), T0.plusSeconds(1080)),
                session(0, "", 0, T0.plusSeconds(2000), null)));
    assertEquals(180, summary.watchedSeconds());
    assertEquals(65.0, summary.completionPercent());
    assertEquals(3, summary.sessions());
    assertEquals(T0.plusSeconds(2000), summary.lastWatchedAt(), "the latest session, just begun");
    assertEquals(0, summary.lastPositionSeconds());
  }
}
