package kr.academy.web.media;

import java.time.Instant;
import kr.academy.media.watching.PlaybackSession;

/** A playback session as its viewer sees it. */
public record PlaybackSessionBody(
    String sessionId,
    String status,
    double positionSeconds,
    double watchedSeconds,
    Double creditedSeconds,
    Instant expiresAt) {

  static PlaybackSessionBody of(PlaybackSession session, Double credited) {
    return new PlaybackSessionBody(
        session.sessionId().toString(),
        session.status().name(),
        session.positionSeconds(),
        Math.round(session.watchedSeconds() * 10) / 10.0,
        credited,
        session.expiresAt());
  }
}
