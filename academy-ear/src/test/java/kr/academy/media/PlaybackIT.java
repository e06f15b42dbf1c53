package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Lectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Watching a lecture over HTTP: a student's playback session, its playlists fetched without a token
 * the way a player does (segments presigned from the private bucket), heartbeats that credit only
 * what real time allowed, the academy's watch statistics and a student's history; one session per
 * student per video; nobody else's session, video or statistics (another student, another academy,
 * a forged or stale URL) reachable.
 */
class PlaybackIT {

  private static Academy academy;
  private static String video;
  private static String unpublished;

  @BeforeAll
  static void aPublishedLecture() throws Exception {
    academy = Academy.open("play-a");
    String owner = academy.ownerToken();
    byte[] file = Lectures.lecture(320, 240, 12, 4, true, 0);
    video = Lectures.upload(owner, "재생 강의", file);
    unpublished = Lectures.upload(owner, "미공개 강의", file);
    assertEquals("READY", Lectures.awaitFinal(owner, video).getString("status"));
    assertEquals("READY", Lectures.awaitFinal(owner, unpublished).getString("status"));
    Api.patch("/api/v1/media/videos/" + video, owner, "{\"published\":true}").assertStatus(200);
  }

  private static JsonObject start(String token) {
    return Api.post("/api/v1/media/videos/" + video + "/playback-sessions", token, "{}")
        .assertStatus(201)
        .json();
  }

  private static Api.Reply beat(String token, String session, String body) {
    return Api.post("/api/v1/media/playback-sessions/" + session + "/heartbeat", token, body);
  }

  private static JsonObject beat(String token, String session, double position) {
    return beat(token, session, "{\"positionSeconds\":" + position + ",\"playing\":true}")
        .assertStatus(200)
        .json();
  }

  private static double number(JsonObject json, String field) {
    return json.getJsonNumber(field).doubleValue();
  }

  @Test
  void aStudentWatchesThroughASessionAndTheAcademySeesHowMuch() throws Exception {
    Academy.StudentLogin student = academy.addStudentLogin("김하늘");
    JsonObject session = start(student.token());
    String playlistUrl = session.getString("playlistUrl");
    assertTrue(playlistUrl.startsWith(Api.baseUrl()) && playlistUrl.endsWith("/master.m3u8"));

    // The player's requests: no token, any origin.
    Api.Reply master = Lectures.fetch(playlistUrl);
    assertEquals(200, master.status(), master.body());
    assertEquals(
        "application/vnd.apple.mpegurl",
        master.raw().headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals("*", master.raw().headers().firstValue("Access-Control-Allow-Origin").get());
    assertTrue(master.body().contains("240p/index.m3u8"), master.body());
    String renditionUrl = URI.create(playlistUrl).resolve("240p/index.m3u8").toString();
    Api.Reply rendition = Lectures.fetch(renditionUrl);
    assertEquals(200, rendition.status(), rendition.body());
    List<String> segments =
        rendition.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    assertEquals(3, segments.size(), rendition.body());
    for (String segment : segments) {
      assertTrue(segment.contains("X-Amz-Signature="), segment);
      Api.Reply bytes = Lectures.fetch(segment);
      assertEquals(200, bytes.status());
      assertEquals('G', bytes.body().charAt(0), "an MPEG-TS segment starts with its sync byte");
    }
    // The same object without the signature: the bucket is private.
    assertEquals(403, Lectures.fetch(segments.get(0).replaceFirst("\\?.*", "")).status());

    String id = session.getString("sessionId");
    assertEquals(0.0, number(beat(student.token(), id, 0), "creditedSeconds"));
    Jobs.pause(Duration.ofMillis(2500));
    JsonObject played = beat(student.token(), id, 2.4);
    assertEquals(2.4, number(played, "creditedSeconds"), 0.01, played.toString());
    JsonObject jumped = beat(student.token(), id, 11.5);
    assertEquals(0.0, number(jumped, "creditedSeconds"), "a seek to the end is no watching");
    assertEquals(11.5, number(jumped, "positionSeconds"));
    assertEquals(2.4, number(jumped, "watchedSeconds"), 0.01);

    JsonObject stats =
        Api.get("/api/v1/media/videos/" + video + "/watch-stats", academy.ownerToken())
            .assertStatus(200)
            .json();
    JsonObject watch = only(stats, student.userId());
    assertEquals(student.studentId(), watch.getJsonNumber("studentId").longValue());
    assertEquals(2.4, number(watch, "watchedSeconds"), 0.01);
    assertEquals(20.0, number(watch, "completionPercent"), 0.5, watch.toString());
    assertEquals(11.5, number(watch, "lastPositionSeconds"));
    assertEquals(1, watch.getInt("sessions"));
    assertFalse(watch.getString("lastWatchedAt").isBlank());

    JsonObject history =
        Api.get("/api/v1/students/" + student.studentId() + "/watch-history", academy.ownerToken())
            .assertStatus(200)
            .json();
    assertEquals(1, history.getInt("total"), history.toString());
    JsonObject seen = history.getJsonArray("items").getJsonObject(0);
    assertEquals(video, seen.getString("videoId"));
    assertEquals("재생 강의", seen.getString("title"));
    assertEquals(2.4, number(seen, "watchedSeconds"), 0.01);
  }

  private static JsonObject only(JsonObject page, long userId) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(item -> item.getJsonNumber("userId").longValue() == userId)
        .reduce(
            (a, b) -> {
              throw new AssertionError("two rows for one viewer: " + page);
            })
        .orElseThrow(() -> new AssertionError("no row for " + userId + ": " + page));
  }

  @Test
  void aNewSessionEndsTheOldOneAndAClosedSessionPlaysNoMore() throws Exception {
    Academy.StudentLogin student = academy.addStudentLogin("이바다");
    JsonObject first = start(student.token());
    JsonObject second = start(student.token());

    assertEquals(404, Lectures.fetch(first.getString("playlistUrl")).status());
    beat(student.token(), first.getString("sessionId"), "{\"positionSeconds\":1,\"playing\":true}")
        .assertError(409, "SESSION_ENDED");
    assertEquals(200, Lectures.fetch(second.getString("playlistUrl")).status());

    Api.delete("/api/v1/media/playback-sessions/" + second.getString("sessionId"), student.token())
        .assertStatus(204);
    assertEquals(404, Lectures.fetch(second.getString("playlistUrl")).status());
    JsonObject stats =
        Api.get("/api/v1/media/videos/" + video + "/watch-stats", academy.ownerToken()).json();
    assertEquals(2, only(stats, student.userId()).getInt("sessions"));
  }

  @Test
  void nobodyElseReachesASessionItsVideoOrItsStatistics() throws Exception {
    Academy.StudentLogin student = academy.addStudentLogin("박구름");
    Academy.StudentLogin classmate = academy.addStudentLogin("최별");
    JsonObject session = start(student.token());
    String id = session.getString("sessionId");
    String playlistUrl = session.getString("playlistUrl");

    // Another student of the academy.
    beat(classmate.token(), id, "{\"positionSeconds\":1,\"playing\":true}")
        .assertError(404, "NOT_FOUND");
    Api.delete("/api/v1/media/playback-sessions/" + id, classmate.token())
        .assertError(404, "NOT_FOUND");
    Api.get("/api/v1/media/videos/" + video + "/watch-stats", classmate.token())
        .assertError(403, "FORBIDDEN");
    // An unpublished video is not there for students.
    Api.post("/api/v1/media/videos/" + unpublished + "/playback-sessions", student.token(), "{}")
        .assertError(404, "NOT_FOUND");

    // Another academy.
    Academy other = Academy.open("play-b");
    String stranger = other.ownerToken();
    Api.post("/api/v1/media/videos/" + video + "/playback-sessions", stranger, "{}")
        .assertError(404, "NOT_FOUND");
    beat(stranger, id, "{\"positionSeconds\":1,\"playing\":true}").assertError(404, "NOT_FOUND");
    Api.get("/api/v1/media/videos/" + video + "/watch-stats", stranger)
        .assertError(404, "NOT_FOUND");
    Api.get("/api/v1/students/" + student.studentId() + "/watch-history", stranger)
        .assertError(404, "NOT_FOUND");

    // Forged, altered and climbing URLs.
    String token = playlistUrl.replaceFirst(".*/playback/([^/]+)/master.m3u8", "$1");
    char last = token.charAt(token.length() - 2);
    String forged =
        playlistUrl.replace(
            token,
            token.substring(0, token.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1));
    assertEquals(404, Lectures.fetch(forged).status());
    assertEquals(
        404, Lectures.fetch(playlistUrl.replace("master.m3u8", "720p/index.m3u8")).status());
    assertEquals(
        404, Lectures.fetch(playlistUrl.replace("master.m3u8", "source/index.m3u8")).status());
    int climbing =
        Lectures.fetch(playlistUrl.replace("master.m3u8", "..%2F..%2Fsource/index.m3u8")).status();
    assertTrue(climbing == 400 || climbing == 404, "an encoded climb is refused: " + climbing);
    assertEquals(200, Lectures.fetch(playlistUrl).status(), "the genuine URL still plays");
  }

  @Test
  void heartbeatsThatAreNotHeartbeatsAreRefusedAndChangeNothing() throws Exception {
    Academy.StudentLogin student = academy.addStudentLogin("정하루");
    String id = start(student.token()).getString("sessionId");
    for (String body :
        List.of(
            "{\"positionSeconds\":-1,\"playing\":true}",
            "{\"positionSeconds\":\"ten\",\"playing\":true}",
            "{\"positionSeconds\":3}",
            "{\"positionSeconds\":3,\"playing\":true,\"rate\":0}",
            "{\"positionSeconds\":3,\"playing\":true,\"rate\":100}")) {
      assertEquals(400, beat(student.token(), id, body).status(), body);
    }
    assertEquals(400, beat(student.token(), id, "{\"positionSeconds\":").status());
    assertEquals(
        404,
        beat(student.token(), "not-a-session", "{\"positionSeconds\":1,\"playing\":true}")
            .status());
    JsonObject now = beat(student.token(), id, 0);
    assertEquals(0.0, number(now, "positionSeconds"));
    assertEquals(0.0, number(now, "watchedSeconds"));
  }

  @Test
  void staffMayPreviewButOnlyStudentsCountInTheStatistics() {
    JsonObject session = start(academy.ownerToken());
    assertEquals(200, Lectures.fetch(session.getString("playlistUrl")).status());
    Api.post(
            "/api/v1/media/videos/" + unpublished + "/playback-sessions",
            academy.ownerToken(),
            "{}")
        .assertStatus(201);
    JsonObject stats =
        Api.get("/api/v1/media/videos/" + unpublished + "/watch-stats", academy.ownerToken())
            .assertStatus(200)
            .json();
    assertEquals(0, stats.getInt("total"), stats.toString());
  }
}
