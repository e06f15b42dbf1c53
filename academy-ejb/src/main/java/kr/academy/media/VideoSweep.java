package kr.academy.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import kr.academy.tenancy.AcademySweep;
import kr.academy.tenancy.TenantContext;

/**
 * Tidies videos across academies ({@code due_videos()}): an upload never completed by its expiry is
 * aborted and its objects deleted, and a video whose job ended without making it ready (failed
 * after its last attempt, timed out, cancelled) is FAILED with the job's reason. Each in its own
 * academy's transaction, under the video's row lock.
 */
@ApplicationScoped
public class VideoSweep implements AcademySweep {

  @Inject VideoLibrary library;
  @Inject VideoProgressBoard board;
  @Inject VideoSettings settings;
  @Inject TenantContext tenant;

  @Override
  public String name() {
    return "video-sweep";
  }

  @Override
  public Duration interval() {
    return settings.sweepInterval();
  }

  @Override
  public String dueItemsFunction() {
    return "due_videos";
  }

  @Override
  public void handle(UUID video) {
    library.sweep(video).ifPresent(progress -> board.post(tenant.require(), video, progress));
  }
}
