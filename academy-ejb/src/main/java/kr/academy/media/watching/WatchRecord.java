package kr.academy.media.watching;

import java.time.Instant;
import java.util.UUID;

/**
 * One session's watching as the statistics read it: whose, of which video, what it credited and
 * where it stopped.
 */
public record WatchRecord(
    long video,
    UUID videoId,
    String title,
    double videoSeconds,
    long userId,
    Long studentId,
    String viewerName,
    double watchedSeconds,
    String watchedSpans,
    double positionSeconds,
    Instant startedAt,
    Instant lastBeatAt) {

  /** When the viewer was last seen watching: the last heartbeat, else the start. */
  public Instant lastWatchedAt() {
    return lastBeatAt != null ? lastBeatAt : startedAt;
  }
}
