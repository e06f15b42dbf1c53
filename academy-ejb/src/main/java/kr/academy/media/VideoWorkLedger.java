package kr.academy.media;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import kr.academy.tenancy.TenantBound;

/** {@link VideoWork} in the database: one transaction per call, under the video's row lock. */
@Stateless
@Local(VideoWork.class)
@TenantBound
public class VideoWorkLedger implements VideoWork {

  @Inject VideoRepository videos;
  @Inject Clock clock;

  @Override
  public Optional<Start> begin(UUID id) {
    return videos
        .lock(id)
        .map(
            video -> {
              if (video.status() == VideoStatus.READY) {
                return new Start(video.keys(), video.sizeBytes(), true, videos.pages(video).size());
              }
              videos.replacePages(video, List.of());
              video.restart(clock.instant());
              return new Start(video.keys(), video.sizeBytes(), false, 0);
            });
  }

  @Override
  public boolean probed(UUID id, MediaInfo info) {
    return change(id, video -> video.probed(info, clock.instant()));
  }

  @Override
  public boolean pagesFound(UUID id, List<StoredPage> pages) {
    return change(id, video -> videos.replacePages(video, pages));
  }

  @Override
  public boolean ready(UUID id, String masterKey, String posterKey) {
    return change(id, video -> video.ready(masterKey, posterKey, clock.instant()));
  }

  @Override
  public boolean failed(UUID id, String reason) {
    return change(
        id,
        video -> {
          videos.replacePages(video, List.of());
          video.fail(reason, clock.instant());
        });
  }

  @Override
  public boolean exists(UUID id) {
    return videos.find(id).isPresent();
  }

  private boolean change(UUID id, Consumer<Video> change) {
    Optional<Video> video = videos.lock(id);
    video.ifPresent(change);
    return video.isPresent();
  }
}
