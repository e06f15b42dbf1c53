package kr.academy.media;

import java.time.Instant;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobStatus;

/**
 * What a client polling a video sees (DESIGN §4): the fields of {@code
 * tenant:{t}:video:{id}:progress}. {@code step} is one of {@code upload}, {@code queued}, {@code
 * probe}, {@code pages}, {@code hls}, {@code thumbnails}, {@code ready}, {@code failed}; {@code
 * job} is the job processing it, once there is one.
 */
public record VideoProgress(
    VideoStatus status, int progress, String step, String error, JobId job, Instant updatedAt) {

  static final int TEXT_MAX = 500;

  public VideoProgress {
    progress = Math.max(0, Math.min(100, progress));
    error = error == null || error.length() <= TEXT_MAX ? error : error.substring(0, TEXT_MAX);
  }

  /** The video's state as its row (and its job, if it has ended) says. */
  public static VideoProgress of(Video video, JobProgress jobProgress, Instant now) {
    VideoStatus status = video.status();
    String error = video.error().orElse(null);
    if (status == VideoStatus.PROCESSING && jobProgress != null) {
      VideoProgress ended = endedBy(jobProgress, now);
      if (ended != null) {
        return new VideoProgress(
            ended.status, ended.progress, ended.step, ended.error, video.job().orElse(null), now);
      }
    }
    return switch (status) {
      case UPLOADING -> new VideoProgress(status, 0, "upload", null, null, video.updatedAt());
      case PROCESSING ->
          new VideoProgress(
              status,
              jobProgress == null ? 0 : Math.min(99, jobProgress.progress()),
              jobProgress == null ? "queued" : jobProgress.step(),
              null,
              video.job().orElse(null),
              video.updatedAt());
      case READY ->
          new VideoProgress(
              status, 100, "ready", null, video.job().orElse(null), video.updatedAt());
      case FAILED ->
          new VideoProgress(
              status, 100, "failed", error, video.job().orElse(null), video.updatedAt());
    };
  }

  /**
   * A video still processing whose job has ended without making it ready: failed with the job's
   * reason. Null while the job is open (or done: then the video is ready, or about to say so).
   */
  static VideoProgress endedBy(JobProgress job, Instant now) {
    if (job.status() == JobStatus.FAILED) {
      return new VideoProgress(
          VideoStatus.FAILED,
          100,
          "failed",
          job.error() == null ? "processing failed" : job.error(),
          null,
          job.updatedAt() == null ? now : job.updatedAt());
    }
    if (job.status() == JobStatus.CANCELLED) {
      return new VideoProgress(
          VideoStatus.FAILED, 100, "failed", "processing was cancelled", null, job.updatedAt());
    }
    return null;
  }

  /** This progress for a video whose job has ended as {@code job} says, if it did. */
  public VideoProgress settledBy(JobProgress jobProgress) {
    if (status != VideoStatus.PROCESSING || jobProgress == null) {
      return this;
    }
    VideoProgress ended = endedBy(jobProgress, updatedAt);
    return ended == null
        ? this
        : new VideoProgress(
            ended.status, ended.progress, ended.step, ended.error, job, ended.updatedAt);
  }
}
