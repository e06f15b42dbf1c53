package kr.academy.web.media;

import java.time.Instant;
import kr.academy.media.watching.WatchSummary;

/**
 * One viewer's watching of one video over all their sessions: the seconds watched (a part seen
 * twice counts twice), the share of the video covered (once), where they last stopped, how many
 * sessions and when they last watched.
 */
public record WatchBody(
    String videoId,
    String title,
    double durationSeconds,
    Long studentId,
    long userId,
    String name,
    double watchedSeconds,
    double completionPercent,
    double lastPositionSeconds,
    int sessions,
    Instant lastWatchedAt) {

  public static WatchBody of(WatchSummary watch) {
    return new WatchBody(
        watch.videoId().toString(),
        watch.title(),
        watch.videoSeconds(),
        watch.studentId(),
        watch.userId(),
        watch.viewerName(),
        watch.watchedSeconds(),
        watch.completionPercent(),
        watch.lastPositionSeconds(),
        watch.sessions(),
        watch.lastWatchedAt());
  }
}
