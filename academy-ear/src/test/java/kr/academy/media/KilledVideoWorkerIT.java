package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * kill -9 of the server while a VIDEO_PROCESS job cuts its streams (the video worker killed
 * mid-job: its page images stored, FFmpeg running), then a start: the killed attempt's lease lapses
 * and the next attempt forgets what the first derived, so the video becomes READY with its pages
 * and streams stored once, nothing of the killed attempt left beside them, and the upload kept.
 *
 * <p>The kill lands in the {@code hls} step deterministically: the server's {@code ffmpeg -f hls}
 * process is frozen (SIGSTOP) as soon as it appears, so the attempt stays there until the kill; the
 * frozen FFmpeg, orphaned by the kill, is killed too.
 */
class KilledVideoWorkerIT {

  private static final String BUCKET = "academy-video";

  @Test
  void theAttemptAfterAKilledWorkerStartsCleanAndStoresEachObjectOnce() throws Exception {
    Academy academy = Academy.open("kill-video");
    String token = academy.ownerToken();
    // 24 s of MPEG-4 Part 2, a slide every 6 s: four pages, and a stream the worker encodes.
    byte[] file = Lectures.lecture(320, 240, 24, 6, false, 0, avcodec.AV_CODEC_ID_MPEG4);
    String id = Lectures.upload(token, "중단된 강의", file);
    String prefix = "tenants/" + academy.id() + "/videos/" + id + "/";

    ProcessHandle ffmpeg = LibertyServer.awaitChild("hls", Duration.ofSeconds(120));
    String jobId;
    Instant uploaded;
    Instant killed;
    try {
      LibertyServer.signal(ffmpeg, "STOP");
      JsonObject progress = Lectures.progress(token, id);
      assertEquals("hls", progress.getString("step"), progress.toString());
      jobId = progress.getString("jobId");
      Map<String, Instant> before = Storage.lastModified(BUCKET, prefix);
      assertTrue(
          before.keySet().containsAll(List.of(prefix + "pages/000.jpg", prefix + "pages/003.jpg")),
          "the killed attempt has stored its pages: " + before.keySet());
      uploaded = before.get(prefix + "source");
      // What a worker killed while storing its streams leaves: a segment (here of a rendition
      // this video never gets, so only starting clean removes it).
      Storage.put(
          BUCKET,
          prefix + "hls/720p/segment-00000.ts",
          "left over".getBytes(StandardCharsets.UTF_8));
      killed = LibertyServer.kill9();
    } finally {
      // Frozen, then orphaned by the kill: nobody else would ever end it.
      ffmpeg.destroyForcibly();
    }
    Instant ready = LibertyServer.start();
    Jobs.assertRunningAgainWithin(
        Duration.ofSeconds(60), "VIDEO_PROCESS", token, jobId, killed, ready);

    JsonObject video = Lectures.awaitFinal(token, id);

    assertEquals("READY", video.getString("status"), video.toString());
    var pages = video.getJsonArray("pages").getValuesAs(JsonObject.class);
    assertEquals(4, pages.size(), video.toString());
    for (int i = 0; i < 4; i++) {
      assertEquals(i, pages.get(i).getInt("index"));
      assertEquals(6.0 * i, pages.get(i).getJsonNumber("startSeconds").doubleValue(), 1.0);
    }
    assertEquals(
        4,
        Database.count(
            academy.id(),
            "SELECT count(*) FROM video_page p JOIN video v ON v.id = p.video_id"
                + " WHERE v.tenant_id = ? AND v.video_id = ?::uuid",
            academy.id(),
            id),
        "one row per page");
    JsonObject job = Api.get("/api/v1/jobs/" + jobId, token).assertStatus(200).json();
    assertEquals("DONE", job.getString("status"), job.toString());
    assertEquals(2, job.getInt("attempts"), "one attempt killed, one completed");
    assertEquals(1, Api.get("/api/v1/jobs", token).json().getInt("total"), "one job");

    // Exactly what one attempt stores, each written by the attempt after the kill; the upload kept.
    Map<String, Instant> objects = Storage.lastModified(BUCKET, prefix);
    String playlist = Storage.text(BUCKET, prefix + "hls/240p/index.m3u8");
    List<String> segments = new ArrayList<>();
    for (String line : playlist.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        segments.add(prefix + "hls/240p/" + line.strip());
      }
    }
    assertTrue(segments.size() >= 5, playlist);
    Set<String> expected = new TreeSet<>(segments);
    expected.addAll(
        List.of(
            prefix + "source",
            prefix + "poster.jpg",
            prefix + "hls/master.m3u8",
            prefix + "hls/240p/index.m3u8"));
    for (int i = 0; i < 4; i++) {
      expected.add(prefix + "pages/00" + i + ".jpg");
      expected.add(prefix + "pages/00" + i + "-thumb.jpg");
    }
    assertEquals(expected, new TreeSet<>(objects.keySet()), "nothing of the killed attempt left");
    assertEquals(uploaded, objects.get(prefix + "source"), "the upload is kept as it was");
    // Listing times have whole seconds; the next attempt ran at least a lease after the kill.
    Instant afterKill = killed.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    objects.forEach(
        (key, written) ->
            assertTrue(
                key.endsWith("/source") || !written.isBefore(afterKill),
                key + " was written at " + written + ", before the kill at " + killed));
    assertTrue(
        Lectures.fetch(video.getJsonObject("hls").getString("masterUrl"))
            .body()
            .contains("240p/index.m3u8"));

    Api.delete("/api/v1/media/videos/" + id, token).assertStatus(204);
    assertTrue(Storage.keys(BUCKET, prefix).isEmpty());
  }
}
