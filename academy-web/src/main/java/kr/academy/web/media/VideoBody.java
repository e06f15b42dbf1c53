package kr.academy.web.media;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import kr.academy.media.VideoDetail;
import kr.academy.media.VideoStatus;

/**
 * A video as the API shows it. URLs are presigned and short-lived ({@code
 * academy.video.view-url-ttl}); {@code hls.masterUrl} is shown to the academy's staff only, until
 * playback sessions come.
 */
public record VideoBody(
    String id,
    String title,
    String fileName,
    long sizeBytes,
    VideoStatus status,
    String error,
    boolean published,
    Double durationSeconds,
    Integer width,
    Integer height,
    List<PageBody> pages,
    URI posterUrl,
    Hls hls,
    String jobId,
    Instant createdAt,
    Instant updatedAt) {

  /** A page: the span of the slide and the URLs of its image and thumbnail. */
  public record PageBody(
      int index, double startSeconds, double endSeconds, URI imageUrl, URI thumbnailUrl) {}

  /** The streams. */
  public record Hls(URI masterUrl) {}

  static VideoBody of(VideoDetail video) {
    return new VideoBody(
        video.id().toString(),
        video.title(),
        video.fileName(),
        video.sizeBytes(),
        video.status(),
        video.error(),
        video.published(),
        video.durationSeconds(),
        video.width(),
        video.height(),
        video.pages().stream()
            .map(
                p ->
                    new PageBody(
                        p.index(),
                        p.startSeconds(),
                        p.endSeconds(),
                        p.imageUrl(),
                        p.thumbnailUrl()))
            .toList(),
        video.posterUrl(),
        video.masterUrl() == null ? null : new Hls(video.masterUrl()),
        video.jobId(),
        video.createdAt(),
        video.updatedAt());
  }
}
