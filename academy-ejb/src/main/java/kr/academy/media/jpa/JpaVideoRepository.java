package kr.academy.media.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.media.StoredPage;
import kr.academy.media.Video;
import kr.academy.media.VideoPage;
import kr.academy.media.VideoRepository;
import kr.academy.media.VideoSearch;
import kr.academy.media.VideoStatus;
import kr.academy.media.VideoSummary;

@ApplicationScoped
public class JpaVideoRepository implements VideoRepository {

  private static final String SUMMARY =
      "SELECT NEW kr.academy.media.VideoSummary(v.videoId, v.title, v.status, v.published,"
          + " v.durationSeconds, v.width, v.height, v.createdAt, v.updatedAt) FROM Video v";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(Video video) {
    em.persist(video);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<Video> find(UUID videoId) {
    return byVideoId(videoId, LockModeType.NONE);
  }

  @Override
  public Optional<Video> lock(UUID videoId) {
    return byVideoId(videoId, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<Video> byVideoId(UUID videoId, LockModeType lock) {
    return em.createQuery("SELECT v FROM Video v WHERE v.videoId = :videoId", Video.class)
        .setParameter("videoId", videoId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<StoredPage> pages(Video video) {
    return rows(video).stream().map(VideoPage::stored).toList();
  }

  private List<VideoPage> rows(Video video) {
    return em.createQuery(
            "SELECT p FROM VideoPage p WHERE p.video = :video ORDER BY p.pageIndex",
            VideoPage.class)
        .setParameter("video", video.id())
        .getResultList();
  }

  @Override
  public void replacePages(Video video, List<StoredPage> pages) {
    em.createQuery("DELETE FROM VideoPage p WHERE p.video = :video")
        .setParameter("video", video.id())
        .executeUpdate();
    Instant now = Instant.now();
    for (StoredPage page : pages) {
      em.persist(VideoPage.of(video.id(), page, now));
    }
    em.flush();
  }

  @Override
  public void remove(Video video) {
    em.createQuery("DELETE FROM VideoPage p WHERE p.video = :video")
        .setParameter("video", video.id())
        .executeUpdate();
    em.remove(video);
    em.flush();
  }

  @Override
  public Page<VideoSummary> list(VideoSearch search, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    VideoStatus status = search.studentView() ? VideoStatus.READY : search.status();
    if (search.studentView()) {
      where.append(" AND v.published = TRUE");
      if (search.status() != null && search.status() != VideoStatus.READY) {
        return Page.of(List.of(), 0, page);
      }
    }
    if (status != null) {
      where.append(" AND v.status = :status");
    }
    if (search.q() != null) {
      where.append(" AND LOWER(v.title) LIKE :q ESCAPE '!'");
    }
    long total =
        bind(em.createQuery("SELECT COUNT(v) FROM Video v" + where, Long.class), status, search)
            .getSingleResult();
    if (total == 0) {
      return Page.of(List.of(), 0, page);
    }
    List<VideoSummary> items =
        bind(
                em.createQuery(
                    SUMMARY + where + " ORDER BY v.createdAt DESC, v.id DESC", VideoSummary.class),
                status,
                search)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, VideoStatus status, VideoSearch search) {
    if (status != null) {
      query.setParameter("status", status);
    }
    if (search.q() != null) {
      String escaped =
          search
              .q()
              .toLowerCase(Locale.ROOT)
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      query.setParameter("q", "%" + escaped + "%");
    }
    return query;
  }
}
