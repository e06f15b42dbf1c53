package kr.academy.media.watching;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One viewer's watching of one video over all their sessions: the seconds watched (a part seen
 * twice counts twice), the share of the video covered (counted once), where the latest session
 * stopped, how many sessions, and when they last watched.
 */
public record WatchSummary(
    UUID videoId,
    String title,
    double videoSeconds,
    long userId,
    Long studentId,
    String viewerName,
    double watchedSeconds,
    double completionPercent,
    double lastPositionSeconds,
    int sessions,
    Instant lastWatchedAt) {

  /** Sums up the sessions of one viewer on one video (at least one). */
  public static WatchSummary of(List<WatchRecord> sessions) {
    WatchRecord latest =
        sessions.stream().max(Comparator.comparing(WatchRecord::lastWatchedAt)).orElseThrow();
    WatchedSpans covered = WatchedSpans.NONE;
    double watched = 0;
    for (WatchRecord session : sessions) {
      covered = covered.with(WatchedSpans.parse(session.watchedSpans()));
      watched += session.watchedSeconds();
    }
    return new WatchSummary(
        latest.videoId(),
        latest.title(),
        latest.videoSeconds(),
        latest.userId(),
        latest.studentId(),
        latest.viewerName(),
        Math.round(watched * 10) / 10.0,
        covered.completionPercent(latest.videoSeconds()),
        latest.positionSeconds(),
        sessions.size(),
        latest.lastWatchedAt());
  }
}
