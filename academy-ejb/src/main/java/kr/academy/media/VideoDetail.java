package kr.academy.media;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A video as a client shows it, with short-lived URLs of its page images, thumbnails, poster and
 * (for the academy's staff) master playlist. Pages are there as soon as they are found, before the
 * streams are ready.
 */
public record VideoDetail(
    UUID id,
    String title,
    String fileName,
    long sizeBytes,
    VideoStatus status,
    String error,
    boolean published,
    Double durationSeconds,
    Integer width,
    Integer height,
    List<Page> pages,
    URI posterUrl,
    URI masterUrl,
    String jobId,
    Instant createdAt,
    Instant updatedAt) {

  /** A page with the URLs of its image and thumbnail. */
  public record Page(
      int index, double startSeconds, double endSeconds, URI imageUrl, URI thumbnailUrl) {}
}
