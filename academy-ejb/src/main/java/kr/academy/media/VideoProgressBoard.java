package kr.academy.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import kr.academy.jobs.JobSettings;
import kr.academy.tenancy.TenantId;

/**
 * Where the API and the worker post a video's progress: with the jobs' expiry rules (sliding while
 * uploading or processing, none or the cost-saving TTL once final), and never fatal: a Redis outage
 * is logged and the database stays the truth.
 */
@ApplicationScoped
public class VideoProgressBoard {

  private static final Logger LOG = Logger.getLogger(VideoProgressBoard.class.getName());

  private VideoProgressStore store;
  private JobSettings settings;

  /** For CDI's proxy. */
  protected VideoProgressBoard() {}

  @Inject
  public VideoProgressBoard(VideoProgressStore store, JobSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  public void post(TenantId tenant, UUID video, VideoProgress progress) {
    try {
      store.write(
          tenant,
          video,
          progress,
          progress.status().isFinal()
              ? settings.finalProgressTtl()
              : Optional.of(settings.runningProgressTtl()));
    } catch (RuntimeException e) {
      LOG.warning("progress of video " + video + " not written to Redis: " + e.getMessage());
    }
  }

  public void remove(TenantId tenant, UUID video) {
    try {
      store.remove(tenant, video);
    } catch (RuntimeException e) {
      LOG.warning("progress of video " + video + " not removed from Redis: " + e.getMessage());
    }
  }
}
