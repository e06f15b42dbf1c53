package kr.academy.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.tenancy.TenantId;
import kr.academy.tenancy.TenantScoped;

/**
 * A lecture video of an academy. Its bytes never pass through the API: the academy uploads them to
 * storage through presigned URLs, then asks for it to be processed; the worker stores pages,
 * streams and a poster under the video's prefix ({@link VideoKeys}). Its state changes only through
 * the methods below.
 */
@Entity
@Table(name = "video")
public class Video extends TenantScoped {

  static final int ERROR_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "video_id")
  @SequenceGenerator(name = "video_id", sequenceName = "video_id_seq", allocationSize = 50)
  private long id;

  @Column(name = "video_id", nullable = false)
  private UUID videoId;

  private String title;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Enumerated(EnumType.STRING)
  private VideoStatus status;

  private boolean published;
  private String error;

  @Column(name = "object_prefix", nullable = false)
  private String objectPrefix;

  @Column(name = "source_key", nullable = false)
  private String sourceKey;

  @Column(name = "upload_id")
  private String uploadId;

  @Column(name = "upload_expires_at", nullable = false)
  private Instant uploadExpiresAt;

  @Column(name = "job_id")
  private String jobId;

  @Column(name = "duration_seconds")
  private Double durationSeconds;

  private Integer width;
  private Integer height;

  @Column(name = "has_video")
  private Boolean hasVideo;

  @Column(name = "has_audio")
  private Boolean hasAudio;

  @Column(name = "poster_key")
  private String posterKey;

  @Column(name = "hls_master_key")
  private String hlsMasterKey;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Video() {}

  /**
   * A new video waiting for its upload, which must be complete by {@code uploadExpiresAt}; a
   * multipart upload is named later ({@link #multipartUpload}).
   */
  public static Video upload(
      TenantId tenant, NewVideo upload, Long createdBy, Instant now, Instant uploadExpiresAt) {
    Video video = new Video();
    video.videoId = UUID.randomUUID();
    VideoKeys keys = VideoKeys.of(tenant, video.videoId);
    video.title = upload.title();
    video.fileName = upload.fileName();
    video.contentType = upload.contentType();
    video.sizeBytes = upload.sizeBytes();
    video.status = VideoStatus.UPLOADING;
    video.objectPrefix = keys.prefix();
    video.sourceKey = keys.source();
    video.uploadExpiresAt = uploadExpiresAt;
    video.createdBy = createdBy;
    video.createdAt = now;
    video.updatedAt = now;
    return video;
  }

  /** The upload goes in parts through the storage's multipart upload {@code uploadId}. */
  public void multipartUpload(String uploadId) {
    this.uploadId = uploadId;
  }

  /** The upload is complete and the job that processes it is queued. */
  public void submitted(JobId job, Instant now) {
    status = VideoStatus.PROCESSING;
    uploadId = null;
    jobId = job.toString();
    error = null;
    updatedAt = now;
  }

  /** The upload is unusable (its size is not the declared one, it never completed). */
  public void uploadFailed(String reason, Instant now) {
    uploadId = null;
    fail(reason, now);
  }

  /** A worker starts (again) from the uploaded file: nothing derived from it is kept. */
  public void restart(Instant now) {
    status = VideoStatus.PROCESSING;
    error = null;
    durationSeconds = null;
    width = null;
    height = null;
    hasVideo = null;
    hasAudio = null;
    posterKey = null;
    hlsMasterKey = null;
    updatedAt = now;
  }

  /** What probing the file found. */
  public void probed(MediaInfo info, Instant now) {
    durationSeconds = info.durationSeconds();
    hasVideo = info.hasVideo();
    hasAudio = info.hasAudio();
    width = info.hasVideo() ? info.width() : null;
    height = info.hasVideo() ? info.height() : null;
    updatedAt = now;
  }

  /** Streams and poster are stored: the video can be watched. */
  public void ready(String masterKey, String posterKey, Instant now) {
    this.hlsMasterKey = masterKey;
    this.posterKey = posterKey;
    this.status = VideoStatus.READY;
    this.error = null;
    this.updatedAt = now;
  }

  /** The video cannot become ready; {@code reason} is what the academy reads. */
  public void fail(String reason, Instant now) {
    status = VideoStatus.FAILED;
    error =
        reason == null || reason.length() <= ERROR_MAX ? reason : reason.substring(0, ERROR_MAX);
    updatedAt = now;
  }

  public void rename(String title, Instant now) {
    this.title = title;
    this.updatedAt = now;
  }

  public void publish(boolean published, Instant now) {
    this.published = published;
    this.updatedAt = now;
  }

  /** Whether a student may see it: published and ready. */
  public boolean visibleToStudents() {
    return published && status == VideoStatus.READY;
  }

  public long id() {
    return id;
  }

  public UUID videoId() {
    return videoId;
  }

  public VideoKeys keys() {
    return new VideoKeys(objectPrefix);
  }

  public String title() {
    return title;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public VideoStatus status() {
    return status;
  }

  public boolean published() {
    return published;
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  public String sourceKey() {
    return sourceKey;
  }

  public Optional<String> uploadId() {
    return Optional.ofNullable(uploadId);
  }

  public Instant uploadExpiresAt() {
    return uploadExpiresAt;
  }

  public Optional<JobId> job() {
    return Optional.ofNullable(jobId).flatMap(JobId::parse);
  }

  public Optional<Double> durationSeconds() {
    return Optional.ofNullable(durationSeconds);
  }

  public Optional<Integer> width() {
    return Optional.ofNullable(width);
  }

  public Optional<Integer> height() {
    return Optional.ofNullable(height);
  }

  public Optional<String> posterKey() {
    return Optional.ofNullable(posterKey);
  }

  public Optional<String> hlsMasterKey() {
    return Optional.ofNullable(hlsMasterKey);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
