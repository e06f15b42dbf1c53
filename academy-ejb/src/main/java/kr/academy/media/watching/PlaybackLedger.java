package kr.academy.media.watching;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.media.Video;
import kr.academy.media.VideoRepository;
import kr.academy.media.VideoSettings;
import kr.academy.media.VideoStatus;
import kr.academy.tenancy.TenantBound;

/**
 * The bound academy's playback sessions and what they recorded. Each method is one transaction with
 * both tenant walls raised; another academy's video or session is simply not found, and so is
 * another viewer's session.
 */
@Stateless
@LocalBean
@TenantBound
public class PlaybackLedger {

  /** A session begun on a video. */
  public record Started(PlaybackSession session, Video video) {}

  /** A heartbeat recorded: the session after it, and the seconds it credited. */
  public record Beaten(PlaybackSession session, double creditedSeconds) {}

  @Inject PlaybackRepository sessions;
  @Inject VideoRepository videos;
  @Inject VideoSettings settings;
  @Inject Clock clock;

  /**
   * Begins a session of {@code userId} on a ready video, ending their active one on it; in the
   * student view only a published video can be watched, and the session counts in the statistics.
   */
  public Optional<Started> start(UUID videoId, long userId, boolean studentView) {
    // The video's row lock makes two starts of one viewer take turns, so one ends the other.
    Optional<Video> found =
        videos.lock(videoId).filter(video -> !studentView || video.visibleToStudents());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Video video = found.get();
    if (video.status() != VideoStatus.READY || video.durationSeconds().isEmpty()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "VIDEO_NOT_READY",
          "this video cannot be watched yet: it is " + video.status(),
          List.of());
    }
    Instant now = clock.instant();
    double seconds = video.durationSeconds().get();
    sessions.endActive(video.id(), userId, now);
    sessions.flush();
    PlaybackSession session =
        PlaybackSession.start(
            video.id(),
            seconds,
            userId,
            sessions.rosterStudent(userId).orElse(null),
            studentView,
            now,
            now.plus(settings.playbackSessionLifetime(seconds)));
    sessions.add(session);
    sessions.flush();
    return Optional.of(new Started(session, video));
  }

  /**
   * Records a heartbeat of the viewer's session; empty when it is not theirs, a conflict when it
   * has ended or expired.
   */
  public Optional<Beaten> beat(
      UUID sessionId, long userId, double position, boolean playing, double rate) {
    return sessions
        .lock(sessionId)
        .filter(s -> s.userId() == userId)
        .map(
            session -> {
              Instant now = clock.instant();
              if (!session.activeAt(now)) {
                throw ended();
              }
              PlaybackSession.Beat beat = session.beat(new Heartbeat(position, playing, rate, now));
              return new Beaten(session, beat.creditedSeconds());
            });
  }

  /** Ends the viewer's session (again: nothing changes); empty when it is not theirs. */
  public Optional<PlaybackSession> end(UUID sessionId, long userId) {
    Optional<PlaybackSession> found = sessions.lock(sessionId).filter(s -> s.userId() == userId);
    found.ifPresent(session -> session.end(clock.instant()));
    return found;
  }

  /** The video an active session plays, or empty when it is ended, expired or unknown. */
  public Optional<Video> playing(UUID sessionId) {
    Instant now = clock.instant();
    return sessions
        .find(sessionId)
        .filter(session -> session.activeAt(now))
        .flatMap(sessions::videoOf)
        .filter(video -> video.status() == VideoStatus.READY);
  }

  /** Each viewer's watching of the video (a page of viewers, by name); empty for no such video. */
  public Optional<Page<WatchSummary>> watchStats(UUID videoId, PageRequest page) {
    return videos
        .find(videoId)
        .map(
            video -> {
              Page<Long> viewers = sessions.viewers(video.id(), page);
              Map<Long, List<WatchRecord>> byViewer =
                  sessions.sessionsOnVideo(video.id(), viewers.items()).stream()
                      .collect(Collectors.groupingBy(WatchRecord::userId));
              return viewers.map(viewer -> WatchSummary.of(byViewer.get(viewer)));
            });
  }

  /** The student's watching of each video (a page, latest first); empty for no such student. */
  public Optional<Page<WatchSummary>> history(long studentId, PageRequest page) {
    if (!sessions.studentExists(studentId)) {
      return Optional.empty();
    }
    Page<Long> watched = sessions.videosWatched(studentId, page);
    Map<Long, List<WatchRecord>> byVideo =
        sessions.sessionsOfStudent(studentId, watched.items()).stream()
            .collect(Collectors.groupingBy(WatchRecord::video));
    return Optional.of(watched.map(video -> WatchSummary.of(byVideo.get(video))));
  }

  private static DomainException ended() {
    return new DomainException(
        DomainException.Kind.CONFLICT,
        "SESSION_ENDED",
        "this playback session has ended (another was started, it was closed, or it expired):"
            + " start a new one",
        List.of());
  }
}
