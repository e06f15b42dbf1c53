package kr.academy.media.watching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.media.Video;

/** The bound academy's playback sessions. */
public interface PlaybackRepository {

  void add(PlaybackSession session);

  void flush();

  /** Ends the viewer's active session on the video, if there is one. */
  void endActive(long video, long userId, Instant now);

  Optional<PlaybackSession> find(UUID sessionId);

  /** The session, locked until the transaction ends: heartbeats take turns. */
  Optional<PlaybackSession> lock(UUID sessionId);

  /** The video a session plays. */
  Optional<Video> videoOf(PlaybackSession session);

  /** The active roster student whose phone is the login phone of {@code userId}, if any. */
  Optional<Long> rosterStudent(long userId);

  /** Whether the roster has the student (removed or not). */
  boolean studentExists(long studentId);

  /** A page of the viewers with counted sessions on the video, by name. */
  Page<Long> viewers(long video, PageRequest page);

  /** The counted sessions of those viewers on the video. */
  List<WatchRecord> sessionsOnVideo(long video, Collection<Long> userIds);

  /** A page of the videos the student has counted sessions on, latest started first. */
  Page<Long> videosWatched(long studentId, PageRequest page);

  /** The student's counted sessions on those videos. */
  List<WatchRecord> sessionsOfStudent(long studentId, Collection<Long> videos);
}
