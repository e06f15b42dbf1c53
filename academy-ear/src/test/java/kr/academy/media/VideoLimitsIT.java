package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import kr.academy.support.Jobs;
import kr.academy.support.Lectures;
import kr.academy.support.LibertyServer;
import kr.academy.support.Storage;
import org.bytedeco.ffmpeg.global.avcodec;
import org.junit.jupiter.api.Test;

/**
 * The limits a lecture video meets in the worker, through the started server: a video longer than
 * {@code academy.video.max-duration-seconds} (60 s under {@code ./academy test}) fails at once with
 * its length and the limit; an attempt that reaches the VIDEO_PROCESS hard timeout ({@code
 * academy.jobs.video-process.timeout}, 60 s there) while FFmpeg cuts its streams has FFmpeg stopped
 * and the video FAILED with the reason. Either way nothing derived is left: only the upload, until
 * the video is deleted.
 *
 * <p>The timeout is reached deterministically, without racing the clock: the test freezes the
 * server's {@code ffmpeg -f hls} process (SIGSTOP) as soon as it appears, waits (polling the
 * database's clock) until the attempt's start plus the limit has passed, and lets it go on
 * (SIGCONT). FFmpeg's next progress line is the worker's next step, where the hard timeout stops
 * the attempt and kills FFmpeg.
 */
class VideoLimitsIT {

  private static final String BUCKET = "academy-video";

  private static String prefix(Academy academy, String id) {
    return "tenants/" + academy.id() + "/videos/" + id + "/";
  }

  /** A setting {@code ./academy test} exports for the server (and so for this JVM). */
  private static int seconds(String variable, int expected) {
    String value = System.getenv(variable);
    if (value == null) {
      return fail(variable + " is not set: run the integration tests through ./academy test");
    }
    assertEquals(expected, Integer.parseInt(value), variable + " as ./academy test sets it");
    return expected;
  }

  @Test
  void aVideoLongerThanTheMaximumFailsWithItsLengthAndLeavesOnlyTheUpload() throws Exception {
    int max = seconds("ACADEMY_VIDEO_MAX_DURATION_SECONDS", 60);
    Academy academy = Academy.open("long-video");
    String token = academy.ownerToken();
    // Tiny and plain: two seconds over the limit cost a few hundred kilobytes to write.
    String id =
        Lectures.upload(token, "너무 긴 강의", Lectures.lecture(160, 120, max + 2, 10, false, 0));

    JsonObject video = Lectures.awaitFinal(token, id);

    assertEquals("FAILED", video.getString("status"), video.toString());
    String error = video.getString("error");
    assertTrue(
        error.startsWith("the video lasts 1 minute ")
            && error.endsWith(" seconds; videos of at most 1 minute are accepted"),
        error);
    assertEquals(error, Lectures.progress(token, id).getString("error"));
    assertEquals(0, video.getJsonArray("pages").size());
    JsonObject job = Api.get("/api/v1/jobs/" + video.getString("jobId"), token).json();
    assertEquals("FAILED", job.getString("status"), job.toString());
    assertEquals(error, job.getString("error"));
    assertEquals(1, job.getInt("attempts"), "a video too long is never retried");
    assertEquals(
        List.of(prefix(academy, id) + "source"),
        Storage.keys(BUCKET, prefix(academy, id)),
        "only the upload is left");

    Api.delete("/api/v1/media/videos/" + id, token).assertStatus(204);
    assertTrue(Storage.keys(BUCKET, prefix(academy, id)).isEmpty());
  }

  @Test
  void theHardTimeoutStopsFfmpegMidStreamsAndLeavesOnlyTheUpload() throws Exception {
    int limit = seconds("ACADEMY_JOBS_VIDEO_PROCESS_TIMEOUT", 60);
    Academy academy = Academy.open("video-timeout");
    String token = academy.ownerToken();
    String prefix;
    // 40 s of MPEG-4 Part 2 with a slide every 10 s: four pages, and a stream the worker must
    // encode (it copies only H.264), so FFmpeg's hls run lasts long enough to be caught.
    byte[] file = Lectures.lecture(320, 240, 40, 10, false, 0, avcodec.AV_CODEC_ID_MPEG4);
    String id = Lectures.upload(token, "시간 초과 강의", file);
    prefix = prefix(academy, id);

    ProcessHandle ffmpeg = LibertyServer.awaitChild("hls", Duration.ofSeconds(120));
    LibertyServer.signal(ffmpeg, "STOP");
    boolean frozen = true;
    String jobId;
    try {
      JsonObject progress = Lectures.progress(token, id);
      assertEquals("PROCESSING", progress.getString("status"), progress.toString());
      assertEquals("hls", progress.getString("step"), progress.toString());
      jobId = progress.getString("jobId");
      List<String> stored = Storage.keys(BUCKET, prefix);
      assertTrue(
          stored.containsAll(
              List.of(prefix + "pages/000.jpg", prefix + "pages/003-thumb.jpg", prefix + "source")),
          "the pages are stored before the streams: " + stored);

      awaitPastHardTimeout(academy.id(), jobId, limit);
      LibertyServer.signal(ffmpeg, "CONT");
      frozen = false;
    } finally {
      if (frozen && ffmpeg.isAlive()) {
        LibertyServer.signal(ffmpeg, "CONT");
      }
    }

    LibertyServer.awaitGone(ffmpeg, Duration.ofSeconds(30));
    JsonObject video = Lectures.awaitFinal(token, id);
    String reason = "stopped: the job ran past its time limit of " + limit + " seconds";
    assertEquals("FAILED", video.getString("status"), video.toString());
    assertEquals(reason, video.getString("error"));
    JsonObject job = Api.get("/api/v1/jobs/" + jobId, token).json();
    assertEquals("FAILED", job.getString("status"), job.toString());
    assertEquals(reason, job.getString("error"));
    assertEquals(1, job.getInt("attempts"), "a hard timeout is not retried");

    // The video sweep records the failure and deletes what was derived (pages, their rows).
    awaitOnlyTheUpload(academy, id, prefix);
    assertEquals(
        reason,
        Database.text(
            academy.id(),
            "SELECT error FROM video WHERE tenant_id = ? AND video_id = ?::uuid AND status ="
                + " 'FAILED'",
            academy.id(),
            id));
    JsonObject swept = Api.get("/api/v1/media/videos/" + id, token).assertStatus(200).json();
    assertEquals(0, swept.getJsonArray("pages").size(), swept.toString());
    assertTrue(
        Api.hasNoValue(swept, "hls") && Api.hasNoValue(swept, "posterUrl"), swept.toString());

    Api.delete("/api/v1/media/videos/" + id, token).assertStatus(204);
    assertTrue(Storage.keys(BUCKET, prefix).isEmpty());
  }

  /** Polls the database's clock until the attempt's start plus the limit (and a second) is past. */
  private static void awaitPastHardTimeout(long tenant, String jobId, int limit) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(limit + 30L).toNanos();
    while (Database.count(
            tenant,
            "SELECT count(*) FROM job WHERE tenant_id = ? AND job_id = ?::uuid"
                + " AND status = 'PROCESSING'"
                + " AND now() > started_at + make_interval(secs => ?::float8)",
            tenant,
            jobId,
            limit + 1.0)
        == 0) {
      if (System.nanoTime() > deadline) {
        fail("job " + jobId + " did not run past its hard timeout of " + limit + " s");
      }
      Jobs.pause(Duration.ofMillis(200));
    }
  }

  /** Polls until the sweep has left nothing but the upload: no derived object, no page row. */
  private static void awaitOnlyTheUpload(Academy academy, String id, String prefix)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<String> keys = null;
    long pages = -1;
    while (System.nanoTime() < deadline) {
      keys = Storage.keys(BUCKET, prefix);
      pages =
          Database.count(
              academy.id(),
              "SELECT count(*) FROM video_page p JOIN video v ON v.id = p.video_id"
                  + " WHERE v.tenant_id = ? AND v.video_id = ?::uuid",
              academy.id(),
              id);
      if (keys.equals(List.of(prefix + "source")) && pages == 0) {
        return;
      }
      Jobs.pause(Duration.ofMillis(200));
    }
    assertNotNull(keys);
    fail("not only the upload is left of video " + id + ": " + keys + ", " + pages + " page rows");
  }
}
