package kr.academy.media;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobRequestLedger;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobType;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantContext;

/**
 * The bound academy's videos as the API and the video sweep change them. Each method is one
 * transaction with both tenant walls raised; another academy's video is simply not found. Storage
 * calls that must go with a change (opening a multipart upload, checking the upload, deleting
 * objects) are made inside the transaction after the row is locked: a failure leaves the row as it
 * was, and doing them again is harmless.
 */
@Stateless
@LocalBean
@TenantBound
public class VideoLibrary {

  /** What {@code complete} did: the job processing the video, or why it refused. */
  public record Completion(
      Video video, Optional<Job> job, boolean repeated, DomainException refusal) {}

  /** What {@code remove} left of the video's job: cancelled, or as it was when final. */
  public record Removed(Optional<Job> job) {}

  /** A video with its pages, and its job if it has one. */
  public record Shown(Video video, List<StoredPage> pages, Optional<Job> job) {

    /** The video's state, settled by its job if that ended without making it ready. */
    public VideoProgress progress(Instant now) {
      return VideoProgress.of(video, job.map(Job::progressView).orElse(null), now);
    }
  }

  @Inject VideoRepository videos;
  @Inject VideoObjects objects;
  @Inject JobRequestLedger jobs;
  @Inject VideoSettings settings;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /** Records the video; a file above the multipart threshold gets a multipart upload. */
  public Video create(NewVideo upload, Long createdBy) {
    Instant now = clock.instant();
    Video video =
        Video.upload(tenant.require(), upload, createdBy, now, now.plus(settings.uploadExpiry()));
    if (upload.sizeBytes() > settings.multipartThresholdBytes()) {
      video.multipartUpload(objects.startMultipart(video.sourceKey(), upload.contentType()));
    }
    videos.add(video);
    videos.flush();
    return video;
  }

  /** The video; for a student only when published and ready. */
  public Optional<Shown> find(UUID id, boolean studentView) {
    return videos
        .find(id)
        .filter(video -> !studentView || video.visibleToStudents())
        .map(video -> new Shown(video, videos.pages(video), job(video)));
  }

  public Page<VideoSummary> list(VideoSearch search, PageRequest page) {
    return videos.list(search, page);
  }

  /** The video's progress as the database has it (when Redis has no key). */
  public Optional<VideoProgress> progress(UUID id) {
    return videos
        .find(id)
        .map(
            video ->
                VideoProgress.of(
                    video, job(video).map(Job::progressView).orElse(null), clock.instant()));
  }

  /** Renames and/or (un)publishes the video; a null leaves that as it is. */
  public Optional<Shown> change(UUID id, String title, Boolean published) {
    Optional<Video> found = videos.lock(id);
    found.ifPresent(
        video -> {
          Instant now = clock.instant();
          if (title != null) {
            video.rename(title, now);
          }
          if (published != null) {
            video.publish(published, now);
          }
        });
    return found.map(video -> new Shown(video, videos.pages(video), job(video)));
  }

  /**
   * Deletes the video: its open job is cancelled, its multipart upload aborted, every object under
   * its prefix deleted, then its rows. Returns the job as the cancellation left it, if it had one.
   */
  public Optional<Removed> remove(UUID id) {
    Optional<Video> found = videos.lock(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Video video = found.get();
    Optional<Job> job = job(video);
    if (job.isPresent() && !job.get().status().isFinal()) {
      job = jobs.cancel(job.get().jobId());
    }
    video.uploadId().ifPresent(upload -> objects.abortMultipart(video.sourceKey(), upload));
    objects.deleteUnder(video.keys().prefix(), null);
    videos.remove(video);
    return Optional.of(new Removed(job));
  }

  /**
   * The upload is done: a multipart upload is joined from {@code parts}, the stored object must
   * have the declared size, and the processing job is queued. Asked again, it answers the same job.
   * A file of another size is deleted and the video FAILED (committed, then refused).
   */
  public Optional<Completion> complete(UUID id, List<VideoObjects.UploadedPart> parts, Long by) {
    Optional<Video> found = videos.lock(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Video video = found.get();
    if (video.job().isPresent()) {
      return Optional.of(new Completion(video, job(video), true, null));
    }
    if (video.status() != VideoStatus.UPLOADING) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "VIDEO_FAILED",
          "the upload of this video failed and cannot be completed: "
              + video.error().orElse("no reason recorded")
              + "; create the video again");
    }
    Optional<String> multipart = video.uploadId();
    if (multipart.isPresent()) {
      joinParts(video, multipart.get(), parts);
    } else if (parts != null && !parts.isEmpty()) {
      throw DomainException.invalid(
          "parts", "this video is uploaded with one PUT: complete it without parts");
    }
    OptionalLong stored = objects.size(video.sourceKey());
    if (stored.isEmpty()) {
      throw uploadMissing(
          "nothing has been uploaded for this video yet: PUT the file to its"
              + " upload URL, then complete it");
    }
    Instant now = clock.instant();
    if (stored.getAsLong() != video.sizeBytes()) {
      String reason =
          "the uploaded file has "
              + stored.getAsLong()
              + " bytes, not the "
              + video.sizeBytes()
              + " declared; it was deleted: create the video again and upload the whole file";
      objects.deleteUnder(video.keys().prefix(), null);
      video.uploadFailed(reason, now);
      return Optional.of(
          new Completion(
              video,
              Optional.empty(),
              false,
              new DomainException(
                  DomainException.Kind.UNPROCESSABLE,
                  "SIZE_MISMATCH",
                  reason,
                  List.of(
                      new DomainException.Detail(
                          "sizeBytes",
                          "declared " + video.sizeBytes() + ", uploaded " + stored.getAsLong())))));
    }
    String input =
        Json.createObjectBuilder().add("videoId", video.videoId().toString()).build().toString();
    Job job = jobs.submit(new JobRequest(JobType.VIDEO_PROCESS, input, null, by));
    video.submitted(job.jobId(), now);
    return Optional.of(new Completion(video, Optional.of(job), false, null));
  }

  private void joinParts(Video video, String uploadId, List<VideoObjects.UploadedPart> parts) {
    if (parts == null || parts.isEmpty()) {
      throw DomainException.invalid(
          "parts",
          "this video is uploaded in parts: complete it with parts, each partNumber and the ETag"
              + " its PUT answered");
    }
    for (int i = 0; i < parts.size(); i++) {
      VideoObjects.UploadedPart part = parts.get(i);
      if (part.partNumber() < 1 || part.etag() == null || part.etag().isBlank()) {
        throw DomainException.invalid(
            "parts[" + i + "]", "parts[" + i + "] needs a partNumber from 1 and its etag");
      }
      if (i > 0 && part.partNumber() <= parts.get(i - 1).partNumber()) {
        throw DomainException.invalid(
            "parts[" + i + "]", "parts must be listed in ascending partNumber order");
      }
    }
    try {
      objects.completeMultipart(video.sourceKey(), uploadId, parts);
    } catch (VideoObjects.UploadMissing e) {
      // Completed by an earlier request whose transaction did not commit: the object is there.
      if (objects.size(video.sourceKey()).isEmpty()) {
        throw uploadMissing(
            "the parts named do not make the upload: "
                + e.getMessage()
                + "; PUT every part to its URL, then complete with each part's ETag");
      }
    }
  }

  private static DomainException uploadMissing(String message) {
    return new DomainException(DomainException.Kind.CONFLICT, "UPLOAD_MISSING", message);
  }

  /**
   * The sweep's turn at a due video: an upload never completed by its expiry is aborted, its
   * objects deleted and the video FAILED; a video whose job ended without making it ready is FAILED
   * with the job's reason and what it derived is deleted. Returns the new state, if any.
   */
  public Optional<VideoProgress> sweep(UUID id) {
    Optional<Video> found = videos.lock(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Video video = found.get();
    Instant now = clock.instant();
    if (video.status() == VideoStatus.UPLOADING && now.isAfter(video.uploadExpiresAt())) {
      video.uploadId().ifPresent(upload -> objects.abortMultipart(video.sourceKey(), upload));
      objects.deleteUnder(video.keys().prefix(), null);
      video.uploadFailed(
          "the upload was not completed within "
              + hours(settings.uploadExpiry())
              + "; it was deleted: create the video again to upload it",
          now);
      return Optional.of(VideoProgress.of(video, null, now));
    }
    if (video.status() == VideoStatus.PROCESSING) {
      Optional<Job> job = job(video);
      if (job.isPresent() && job.get().status().isFinal()) {
        VideoProgress ended = VideoProgress.endedBy(job.get().progressView(), now);
        String reason =
            ended != null
                ? ended.error()
                : job.get().status() == JobStatus.DONE
                    ? "processing ended without making the video ready"
                    : "processing failed";
        objects.deleteUnder(video.keys().prefix(), video.sourceKey());
        videos.replacePages(video, List.of());
        video.fail(reason, now);
        return Optional.of(VideoProgress.of(video, null, now));
      }
    }
    return Optional.empty();
  }

  private static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + " hours" : minutes + " minutes";
  }

  private Optional<Job> job(Video video) {
    return video.job().flatMap(jobs::find);
  }
}
