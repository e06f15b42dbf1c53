package kr.academy.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.media.MediaInfo;
import kr.academy.media.NewVideo;
import kr.academy.media.StoredPage;
import kr.academy.media.Video;
import kr.academy.media.VideoStatus;
import kr.academy.media.VideoWork;
import kr.academy.tenancy.TenantId;

/**
 * The worker's video transactions over real {@link Video}s in memory: the same state changes as the
 * ledger, with each video's pages and a log of the calls.
 */
public final class InMemoryVideoWork implements VideoWork {

  private final Map<UUID, Video> videos = new LinkedHashMap<>();
  private final Map<UUID, List<StoredPage>> pages = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final Clock clock;

  public InMemoryVideoWork(Clock clock) {
    this.clock = clock;
  }

  /** A video whose upload of {@code sizeBytes} is complete and whose job is queued. */
  public Video uploaded(TenantId tenant, long sizeBytes) {
    Instant now = clock.instant();
    Video video =
        Video.upload(
            tenant, new NewVideo("강의 1", "lecture.mp4", "video/mp4", sizeBytes), 1L, now, now);
    video.submitted(JobId.random(), now);
    videos.put(video.videoId(), video);
    return video;
  }

  /** The academy deletes the video. */
  public void remove(UUID video) {
    videos.remove(video);
    pages.remove(video);
  }

  public Video video(UUID id) {
    return videos.get(id);
  }

  public List<StoredPage> pages(UUID id) {
    return pages.getOrDefault(id, List.of());
  }

  /** What was called, in order: {@code begin}, {@code probed}, {@code pagesFound}, ... */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public Optional<Start> begin(UUID id) {
    calls.add("begin");
    Video video = videos.get(id);
    if (video == null) {
      return Optional.empty();
    }
    if (video.status() == VideoStatus.READY) {
      return Optional.of(new Start(video.keys(), video.sizeBytes(), true, pages(id).size()));
    }
    pages.remove(id);
    video.restart(clock.instant());
    return Optional.of(new Start(video.keys(), video.sizeBytes(), false, 0));
  }

  @Override
  public boolean probed(UUID id, MediaInfo info) {
    calls.add("probed");
    Video video = videos.get(id);
    if (video != null) {
      video.probed(info, clock.instant());
    }
    return video != null;
  }

  @Override
  public boolean pagesFound(UUID id, List<StoredPage> found) {
    calls.add("pagesFound");
    if (!videos.containsKey(id)) {
      return false;
    }
    pages.put(id, List.copyOf(found));
    return true;
  }

  @Override
  public boolean ready(UUID id, String masterKey, String posterKey) {
    calls.add("ready");
    Video video = videos.get(id);
    if (video != null) {
      video.ready(masterKey, posterKey, clock.instant());
    }
    return video != null;
  }

  @Override
  public boolean failed(UUID id, String reason) {
    calls.add("failed");
    Video video = videos.get(id);
    if (video != null) {
      pages.remove(id);
      video.fail(reason, clock.instant());
    }
    return video != null;
  }

  @Override
  public boolean exists(UUID id) {
    return videos.containsKey(id);
  }
}
