package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobStatus;
import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** A video still processing ends with its job, even when no worker got to say so. */
class VideoProgressTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static Video processing() {
    Video video =
        Video.upload(new TenantId(3), new NewVideo("1강", "a.mp4", "video/mp4", 10), 1L, NOW, NOW);
    video.submitted(JobId.random(), NOW);
    return video;
  }

  @Test
  void aJobThatFailedAfterItsLastAttemptFailsTheVideoWithItsReason() {
    Video video = processing();
    JobProgress failed =
        new JobProgress(
            JobStatus.FAILED, 40, "failed", "failed after 3 attempts (incident x)", NOW);
    VideoProgress progress = VideoProgress.of(video, failed, NOW);
    assertEquals(VideoStatus.FAILED, progress.status());
    assertEquals("failed after 3 attempts (incident x)", progress.error());
  }

  @Test
  void aCachedProgressIsSettledByItsJob() {
    JobId job = JobId.random();
    VideoProgress running = new VideoProgress(VideoStatus.PROCESSING, 40, "hls", null, job, NOW);
    assertSame(
        running, running.settledBy(new JobProgress(JobStatus.PROCESSING, 40, "hls", null, NOW)));
    VideoProgress cancelled =
        running.settledBy(new JobProgress(JobStatus.CANCELLED, 40, "cancelled", null, NOW));
    assertEquals(VideoStatus.FAILED, cancelled.status());
    assertEquals(job, cancelled.job());
  }

  @Test
  void aQueuedVideoSaysSo() {
    VideoProgress queued = VideoProgress.of(processing(), null, NOW);
    assertEquals(VideoStatus.PROCESSING, queued.status());
    assertEquals("queued", queued.step());
  }
}
