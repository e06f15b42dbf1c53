package kr.academy.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import kr.academy.jobs.progress.ProgressStore;
import kr.academy.jobs.progress.ProgressStoreUnavailable;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;

/**
 * Answers "how far is this video?" from Redis only (DESIGN §4). A video still processing is checked
 * against its job's progress key, also in Redis: a job that failed after its last attempt, timed
 * out or was cancelled ends the video as FAILED with the job's reason, though no worker got to say
 * so. A missing key is answered once from the database and written again; with Redis down the
 * database answers and says so.
 */
@ApplicationScoped
public class VideoProgressReader {

  /** A video's progress and where it came from. */
  public record Answer(VideoProgress progress, boolean fromDatabase) {}

  private VideoProgressStore store;
  private ProgressStore jobs;
  private VideoProgressBoard board;
  private VideoLibrary library;
  private TenantContext tenant;

  /** For CDI's proxy. */
  protected VideoProgressReader() {}

  @Inject
  public VideoProgressReader(
      VideoProgressStore store,
      ProgressStore jobs,
      VideoProgressBoard board,
      VideoLibrary library,
      TenantContext tenant) {
    this.store = store;
    this.jobs = jobs;
    this.board = board;
    this.library = library;
    this.tenant = tenant;
  }

  public Optional<Answer> progress(UUID video) {
    TenantId academy = tenant.require();
    try {
      Optional<VideoProgress> cached = store.read(academy, video);
      if (cached.isPresent()) {
        VideoProgress progress = cached.get();
        if (progress.status() == VideoStatus.PROCESSING && progress.job() != null) {
          progress = progress.settledBy(jobs.read(academy, progress.job()).orElse(null));
        }
        return Optional.of(new Answer(progress, false));
      }
      Optional<VideoProgress> stored = library.progress(video);
      stored.ifPresent(progress -> board.post(academy, video, progress));
      return stored.map(progress -> new Answer(progress, false));
    } catch (ProgressStoreUnavailable e) {
      return library.progress(video).map(progress -> new Answer(progress, true));
    }
  }
}
