package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Lectures;
import kr.academy.support.Storage;
import org.junit.jupiter.api.Test;

/**
 * VIDEO_PROCESS end to end on files generated here with JavaCV: a small H.264 lecture becomes READY
 * with its stream copied (never re-encoded), a poster and a master playlist that a plain client can
 * fetch; a student sees it once published; sound alone gets audio streams; a file that is not a
 * video, a damaged one and a single picture end FAILED with their reason and only the upload left.
 */
class VideoProcessingIT {

  private static final String BUCKET = "academy-video";

  private static String prefix(Academy academy, String id) {
    return "tenants/" + academy.id() + "/videos/" + id + "/";
  }

  @Test
  void aSmallLectureBecomesReadyWithItsStreamCopiedAndCanBeFetchedAndDeleted() throws Exception {
    Academy academy = Academy.open("proc-a");
    String token = academy.ownerToken();
    byte[] file = Lectures.lecture(320, 240, 12, 4, true, 0);
    String id = Lectures.upload(token, "작은 강의", file);

    JsonObject video = Lectures.awaitFinal(token, id);

    assertEquals("READY", video.getString("status"), video.toString());
    assertEquals(12.0, video.getJsonNumber("durationSeconds").doubleValue(), 0.3);
    // Three slides of 4 s each: three pages, each starting within a second of its slide.
    var pages = video.getJsonArray("pages").getValuesAs(JsonObject.class);
    assertEquals(3, pages.size(), video.toString());
    for (int i = 0; i < 3; i++) {
      assertEquals(i, pages.get(i).getInt("index"));
      assertEquals(4.0 * i, pages.get(i).getJsonNumber("startSeconds").doubleValue(), 1.0);
    }
    assertEquals(320, video.getInt("width"));
    assertEquals(240, video.getInt("height"));
    assertEquals(200, Lectures.fetch(video.getString("posterUrl")).status());
    Api.Reply master = Lectures.fetch(video.getJsonObject("hls").getString("masterUrl"));
    assertEquals(200, master.status());
    assertTrue(
        master.body().startsWith("#EXTM3U") && master.body().contains("240p/index.m3u8"),
        master.body());
    for (JsonObject page : video.getJsonArray("pages").getValuesAs(JsonObject.class)) {
      assertEquals(200, Lectures.fetch(page.getString("imageUrl")).status());
      assertEquals(200, Lectures.fetch(page.getString("thumbnailUrl")).status());
    }
    List<String> keys = Storage.keys(BUCKET, prefix(academy, id));
    assertTrue(keys.contains(prefix(academy, id) + "hls/240p/segment-00000.ts"), keys.toString());
    assertFalse(keys.stream().anyMatch(k -> k.contains("360p")), "never above the source");
    JsonObject job =
        Api.get("/api/v1/jobs/" + video.getString("jobId"), token).assertStatus(200).json();
    assertEquals("DONE", job.getString("status"));
    assertTrue(
        job.getJsonObject("result")
            .getJsonArray("renditions")
            .getJsonObject(0)
            .getBoolean("videoCopied"),
        "an H.264 source within 720p is copied, not re-encoded: " + job);
    JsonObject progress = Lectures.progress(token, id);
    assertEquals(100, progress.getInt("progress"));

    // A student of the academy sees it once published, without the staff's playlist URL.
    String student = academy.addStudentLogin("학생").token();
    Api.get("/api/v1/media/videos/" + id, student).assertError(404, "NOT_FOUND");
    Api.patch("/api/v1/media/videos/" + id, token, "{\"published\":true}").assertStatus(200);
    JsonObject seen = Api.get("/api/v1/media/videos/" + id, student).assertStatus(200).json();
    assertTrue(Api.hasNoValue(seen, "hls"), seen.toString());
    assertEquals(1, Api.get("/api/v1/media/videos?status=READY", student).json().getInt("total"));
    Academy other = Academy.open("proc-b");
    Api.get("/api/v1/media/videos/" + id, other.ownerToken()).assertError(404, "NOT_FOUND");

    Api.delete("/api/v1/media/videos/" + id, token).assertStatus(204);
    assertTrue(Storage.keys(BUCKET, prefix(academy, id)).isEmpty());
  }

  @Test
  void soundAloneBecomesReadyWithAudioStreamsAndNoPages() throws Exception {
    Academy academy = Academy.open("proc-c");
    String token = academy.ownerToken();
    String id = Lectures.upload(token, "녹음 강의", Lectures.soundOnly(5));

    JsonObject video = Lectures.awaitFinal(token, id);

    assertEquals("READY", video.getString("status"), video.toString());
    assertEquals(0, video.getJsonArray("pages").size());
    assertTrue(Api.hasNoValue(video, "width"));
    assertTrue(Api.hasNoValue(video, "posterUrl"));
    Api.Reply master = Lectures.fetch(video.getJsonObject("hls").getString("masterUrl"));
    assertTrue(master.body().contains("audio/index.m3u8"), master.body());
  }

  @Test
  void filesThatCannotBeVideosFailWithTheirReasonAndLeaveOnlyTheUpload() throws Exception {
    Academy academy = Academy.open("proc-d");
    String token = academy.ownerToken();
    byte[] lecture = Lectures.lecture(320, 240, 4, false, 0);
    record Case(String title, byte[] file, String reason) {}
    List<Case> cases =
        List.of(
            new Case("텍스트", "이것은 동영상이 아닙니다\n".repeat(200).getBytes(), "not a video"),
            new Case("잘린 파일", Arrays.copyOf(lecture, lecture.length / 2), "not a video"),
            new Case("사진 한 장", Lectures.lecture(320, 240, 1, false, 1), "one frame"));
    for (Case c : cases) {
      String id = Lectures.upload(token, c.title(), c.file());
      JsonObject video = Lectures.awaitFinal(token, id);
      assertEquals("FAILED", video.getString("status"), c.title() + ": " + video);
      assertTrue(video.getString("error").contains(c.reason()), c.title() + ": " + video);
      JsonObject progress = Lectures.progress(token, id);
      assertEquals(video.getString("error"), progress.getString("error"));
      assertEquals(
          List.of(prefix(academy, id) + "source"),
          Storage.keys(BUCKET, prefix(academy, id)),
          c.title() + ": only the upload is left");
      JsonObject job = Api.get("/api/v1/jobs/" + video.getString("jobId"), token).json();
      assertEquals("FAILED", job.getString("status"));
      assertEquals(1, job.getInt("attempts"), "a file that can never work is not retried");
    }
  }
}
