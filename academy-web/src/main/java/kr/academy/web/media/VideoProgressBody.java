package kr.academy.web.media;

import java.time.Instant;
import kr.academy.media.VideoProgress;
import kr.academy.media.VideoStatus;

/** What a poller of a video sees (DESIGN §4); fetch the video once it is READY or FAILED. */
public record VideoProgressBody(
    String videoId,
    VideoStatus status,
    int progress,
    String step,
    String error,
    String jobId,
    Instant updatedAt) {

  static VideoProgressBody of(String video, VideoProgress progress) {
    return new VideoProgressBody(
        video,
        progress.status(),
        progress.progress(),
        progress.step(),
        progress.error(),
        progress.job() == null ? null : progress.job().toString(),
        progress.updatedAt());
  }
}
