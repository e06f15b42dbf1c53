package kr.academy.media.watching.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.media.Video;
import kr.academy.media.watching.PlaybackRepository;
import kr.academy.media.watching.PlaybackSession;
import kr.academy.media.watching.WatchRecord;

@ApplicationScoped
public class JpaPlaybackRepository implements PlaybackRepository {

  /** A session with its video's title and its viewer's name, for the statistics. */
  private static final String RECORDS =
      "SELECT NEW kr.academy.media.watching.WatchRecord(s.video, v.videoId, v.title,"
          + " s.videoSeconds, s.userId, s.studentId, u.name, s.watchedSeconds, s.watchedSpans,"
          + " s.positionSeconds, s.startedAt, s.lastBeatAt)"
          + " FROM PlaybackSession s, Video v, AppUser u"
          + " WHERE v.id = s.video AND u.id = s.userId AND s.counted = TRUE";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(PlaybackSession session) {
    em.persist(session);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void endActive(long video, long userId, Instant now) {
    em.createQuery(
            "UPDATE PlaybackSession s SET s.status = :ended, s.endedAt = :now, s.playing = FALSE"
                + " WHERE s.video = :video AND s.userId = :user AND s.status = :active")
        .setParameter("ended", PlaybackSession.Status.ENDED)
        .setParameter("active", PlaybackSession.Status.ACTIVE)
        .setParameter("now", now)
        .setParameter("video", video)
        .setParameter("user", userId)
        .executeUpdate();
  }

  @Override
  public Optional<PlaybackSession> find(UUID sessionId) {
    return bySessionId(sessionId, LockModeType.NONE);
  }

  @Override
  public Optional<PlaybackSession> lock(UUID sessionId) {
    return bySessionId(sessionId, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<PlaybackSession> bySessionId(UUID sessionId, LockModeType lock) {
    return em.createQuery(
            "SELECT s FROM PlaybackSession s WHERE s.sessionId = :id", PlaybackSession.class)
        .setParameter("id", sessionId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Video> videoOf(PlaybackSession session) {
    return em.createQuery("SELECT v FROM Video v WHERE v.id = :id", Video.class)
        .setParameter("id", session.video())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Long> rosterStudent(long userId) {
    return em.createQuery(
            "SELECT st.id FROM Student st, AppUser u WHERE u.id = :user AND st.phone = u.phone"
                + " AND st.deletedAt IS NULL ORDER BY st.id",
            Long.class)
        .setParameter("user", userId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean studentExists(long studentId) {
    return em.createQuery("SELECT COUNT(st) FROM Student st WHERE st.id = :id", Long.class)
            .setParameter("id", studentId)
            .getSingleResult()
        > 0;
  }

  @Override
  public Page<Long> viewers(long video, PageRequest page) {
    long total =
        em.createQuery(
                "SELECT COUNT(DISTINCT s.userId) FROM PlaybackSession s"
                    + " WHERE s.video = :video AND s.counted = TRUE",
                Long.class)
            .setParameter("video", video)
            .getSingleResult();
    if (total == 0) {
      return Page.of(List.of(), 0, page);
    }
    List<Long> users =
        em.createQuery(
                "SELECT s.userId, u.name FROM PlaybackSession s, AppUser u WHERE u.id = s.userId"
                    + " AND s.video = :video AND s.counted = TRUE GROUP BY s.userId, u.name"
                    + " ORDER BY u.name, s.userId",
                Object[].class)
            .setParameter("video", video)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(row -> ((Number) row[0]).longValue())
            .toList();
    return Page.of(users, total, page);
  }

  @Override
  public List<WatchRecord> sessionsOnVideo(long video, Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            RECORDS + " AND s.video = :video AND s.userId IN :users", WatchRecord.class)
        .setParameter("video", video)
        .setParameter("users", userIds)
        .getResultList();
  }

  @Override
  public Page<Long> videosWatched(long studentId, PageRequest page) {
    long total =
        em.createQuery(
                "SELECT COUNT(DISTINCT s.video) FROM PlaybackSession s"
                    + " WHERE s.studentId = :student AND s.counted = TRUE",
                Long.class)
            .setParameter("student", studentId)
            .getSingleResult();
    if (total == 0) {
      return Page.of(List.of(), 0, page);
    }
    List<Long> videos =
        em.createQuery(
                "SELECT s.video FROM PlaybackSession s WHERE s.studentId = :student"
                    + " AND s.counted = TRUE GROUP BY s.video"
                    + " ORDER BY MAX(s.startedAt) DESC, s.video",
                Long.class)
            .setParameter("student", studentId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(videos, total, page);
  }

  @Override
  public List<WatchRecord> sessionsOfStudent(long studentId, Collection<Long> videos) {
    if (videos.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            RECORDS + " AND s.studentId = :student AND s.video IN :videos", WatchRecord.class)
        .setParameter("student", studentId)
        .setParameter("videos", videos)
        .getResultList();
  }
}
