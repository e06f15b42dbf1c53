package kr.academy.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;

/**
 * The API's door to the bound academy's lecture videos. Owns no transaction: each {@link
 * VideoLibrary} call commits on its own, so progress is posted only after the database has the
 * state (DESIGN §4), and URLs are signed outside any transaction.
 */
@ApplicationScoped
public class Videos {

  /** A new video and how to upload its file. */
  public record Created(Video video, UploadTicket upload) {}

  /** The job processing a video, and whether an earlier request already queued it. */
  public record Accepted(Job job, boolean repeated) {}

  @Inject VideoLibrary library;
  @Inject VideoObjects objects;
  @Inject VideoSettings settings;
  @Inject VideoProgressBoard videoBoard;
  @Inject ProgressBoard jobBoard;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /** Records the video and signs its upload (the file goes straight to storage). */
  public Created create(NewVideo upload, Long requestedBy) {
    Video video = library.create(upload, requestedBy);
    TenantId academy = tenant.require();
    videoBoard.post(academy, video.videoId(), VideoProgress.of(video, null, clock.instant()));
    return new Created(video, ticket(video));
  }

  private UploadTicket ticket(Video video) {
    Duration ttl = settings.uploadUrlTtl();
    Instant expires = clock.instant().plus(ttl);
    Optional<String> multipart = video.uploadId();
    if (multipart.isEmpty()) {
      VideoObjects.PresignedRequest put =
          objects.presignPut(video.sourceKey(), video.contentType(), video.sizeBytes(), ttl);
      return new UploadTicket.Single(put.method(), put.url(), put.headers(), put.expiresAt());
    }
    long partSize = settings.partSizeFor(video.sizeBytes());
    int count = (int) ((video.sizeBytes() + partSize - 1) / partSize);
    List<UploadTicket.Part> parts = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) {
      parts.add(
          new UploadTicket.Part(
              n, objects.presignPart(video.sourceKey(), multipart.get(), n, ttl)));
    }
    return new UploadTicket.Multipart(multipart.get(), partSize, parts, expires);
  }

  /**
   * The upload is done: checks it and queues the processing; the same job again when asked again. A
   * refusal that changed the video (a size that is not the declared one) is thrown after the change
   * is committed.
   */
  public Optional<Accepted> complete(UUID id, List<VideoObjects.UploadedPart> parts, Long by) {
    Optional<VideoLibrary.Completion> done = library.complete(id, parts, by);
    if (done.isEmpty()) {
      return Optional.empty();
    }
    VideoLibrary.Completion completion = done.get();
    TenantId academy = tenant.require();
    Video video = completion.video();
    if (completion.refusal() != null) {
      videoBoard.post(academy, id, VideoProgress.of(video, null, clock.instant()));
      throw completion.refusal();
    }
    Job job = completion.job().orElseThrow();
    if (!completion.repeated()) {
      jobBoard.post(academy, job.jobId(), job.progressView());
      videoBoard.post(academy, id, VideoProgress.of(video, job.progressView(), clock.instant()));
    }
    return Optional.of(new Accepted(job, completion.repeated()));
  }

  /** The video with short-lived URLs; for a student only when published and ready. */
  public Optional<VideoDetail> find(UUID id, boolean studentView) {
    return library.find(id, studentView).map(shown -> detail(shown, studentView));
  }

  public Page<VideoSummary> list(VideoSearch search, PageRequest page) {
    return library.list(search, page);
  }

  public Optional<VideoDetail> change(UUID id, String title, Boolean published) {
    return library.change(id, title, published).map(shown -> detail(shown, false));
  }

  /** Deletes the video and every object of it; a running job stops at its next step. */
  public boolean remove(UUID id) {
    Optional<VideoLibrary.Removed> removed = library.remove(id);
    if (removed.isEmpty()) {
      return false;
    }
    TenantId academy = tenant.require();
    removed
        .get()
        .job()
        .ifPresent(
            job -> {
              if (job.status() == JobStatus.PROCESSING) {
                jobBoard.requestCancel(academy, job.jobId());
              } else {
                jobBoard.post(academy, job.jobId(), job.progressView());
              }
            });
    videoBoard.remove(academy, id);
    return true;
  }

  private VideoDetail detail(VideoLibrary.Shown shown, boolean studentView) {
    Video video = shown.video();
    VideoProgress state = shown.progress(clock.instant());
    Duration ttl = settings.viewUrlTtl();
    List<VideoDetail.Page> pages =
        shown.pages().stream()
            .map(
                p ->
                    new VideoDetail.Page(
                        p.index(),
                        p.startSeconds(),
                        p.endSeconds(),
                        url(video, p.imageKey(), ttl),
                        url(video, p.thumbnailKey(), ttl)))
            .toList();
    boolean ready = state.status() == VideoStatus.READY;
    return new VideoDetail(
        video.videoId(),
        video.title(),
        video.fileName(),
        video.sizeBytes(),
        state.status(),
        state.error(),
        video.published(),
        video.durationSeconds().orElse(null),
        video.width().orElse(null),
        video.height().orElse(null),
        pages,
        ready ? video.posterKey().map(key -> url(video, key, ttl)).orElse(null) : null,
        ready && !studentView
            ? video.hlsMasterKey().map(key -> url(video, key, ttl)).orElse(null)
            : null,
        studentView ? null : video.job().map(Object::toString).orElse(null),
        video.createdAt(),
        video.updatedAt());
  }

  private URI url(Video video, String key, Duration ttl) {
    if (!video.keys().owns(key)) {
      throw new IllegalStateException("video " + video.videoId() + " names an object not its own");
    }
    return objects.presignGet(key, ttl);
  }
}
