package kr.academy.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** The video knobs (docs/configuration.md, Videos); times are in seconds. */
@ApplicationScoped
public class VideoSettings {

  /** S3 refuses parts under 5 MiB (but the last) and uploads of more than 10,000 parts. */
  static final long MIN_PART_BYTES = 5L * 1024 * 1024;

  static final int MAX_PARTS = 10_000;

  long maxBytes = 5L * 1024 * 1024 * 1024;
  long multipartThresholdBytes = 100L * 1024 * 1024;
  long partSizeBytes = 64L * 1024 * 1024;
  Duration uploadUrlTtl = Duration.ofHours(3);
  Duration uploadExpiry = Duration.ofHours(24);
  Duration viewUrlTtl = Duration.ofMinutes(10);
  Duration sweepInterval = Duration.ofSeconds(60);
  double maxDurationSeconds = 4 * 3600;
  int thumbnailWidth = 320;
  int pageImageWidth = 1280;
  int segmentSeconds = 4;
  Duration playbackSlack = Duration.ofHours(1);

  public VideoSettings() {}

  @Inject
  void configure(Config config) {
    maxBytes = config.getOptionalValue("academy.video.max-bytes", Long.class).orElse(maxBytes);
    multipartThresholdBytes =
        config
            .getOptionalValue("academy.video.multipart-threshold-bytes", Long.class)
            .orElse(multipartThresholdBytes);
    partSizeBytes =
        config.getOptionalValue("academy.video.part-size-bytes", Long.class).orElse(partSizeBytes);
    uploadUrlTtl = seconds(config, "academy.video.upload-url-ttl", uploadUrlTtl);
    uploadExpiry = seconds(config, "academy.video.upload-expiry", uploadExpiry);
    viewUrlTtl = seconds(config, "academy.video.view-url-ttl", viewUrlTtl);
    sweepInterval = seconds(config, "academy.video.sweep-interval", sweepInterval);
    maxDurationSeconds =
        config
            .getOptionalValue("academy.video.max-duration-seconds", Double.class)
            .orElse(maxDurationSeconds);
    segmentSeconds =
        config.getOptionalValue("academy.video.segment-seconds", Integer.class).orElse(4);
    playbackSlack = seconds(config, "academy.video.playback-slack", playbackSlack);
  }

  private static Duration seconds(Config config, String name, Duration fallback) {
    return config.getOptionalValue(name, Long.class).map(Duration::ofSeconds).orElse(fallback);
  }

  /** The largest file that may be declared. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Files larger than this are uploaded in parts. */
  public long multipartThresholdBytes() {
    return multipartThresholdBytes;
  }

  /**
   * The part size for a file of {@code size} bytes: the configured one, raised where the file would
   * need more than 10,000 parts, never under S3's 5 MiB.
   */
  public long partSizeFor(long size) {
    long needed = (size + MAX_PARTS - 1) / MAX_PARTS;
    return Math.max(MIN_PART_BYTES, Math.max(partSizeBytes, needed));
  }

  /** How long an upload URL works. */
  public Duration uploadUrlTtl() {
    return uploadUrlTtl;
  }

  /** After this an upload never completed is aborted and its objects deleted. */
  public Duration uploadExpiry() {
    return uploadExpiry.compareTo(uploadUrlTtl) < 0 ? uploadUrlTtl : uploadExpiry;
  }

  /** How long a URL of a page image, thumbnail, poster or playlist works. */
  public Duration viewUrlTtl() {
    return viewUrlTtl;
  }

  public Duration sweepInterval() {
    return sweepInterval;
  }

  /** Videos longer than this are refused by the worker. */
  public double maxDurationSeconds() {
    return maxDurationSeconds;
  }

  public int thumbnailWidth() {
    return thumbnailWidth;
  }

  public int pageImageWidth() {
    return pageImageWidth;
  }

  /** The target length of a stream segment; keyframes decide where a copied stream is cut. */
  public int segmentSeconds() {
    return Math.max(2, Math.min(10, segmentSeconds));
  }

  /**
   * How long a playback session of a video of {@code durationSeconds} lasts: twice its length (the
   * whole video at half speed, or with pauses) and the slack. Its segment URLs are signed for as
   * long, since a player reads a video's playlist once.
   */
  public Duration playbackSessionLifetime(double durationSeconds) {
    return Duration.ofSeconds((long) Math.ceil(2 * durationSeconds)).plus(playbackSlack);
  }
}
