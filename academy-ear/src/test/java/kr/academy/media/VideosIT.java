package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import kr.academy.support.Lectures;
import kr.academy.support.Storage;
import org.junit.jupiter.api.Test;

/**
 * The upload side of lecture videos over HTTP: presigned single and multipart uploads made with a
 * plain client, completion (checked, idempotent), the refusals of bad requests, another academy's
 * 404 everywhere, deletion of every object, and the sweep of uploads never completed. The test
 * stack uploads in parts above 6 MiB (academy script).
 */
class VideosIT {

  private static final String BUCKET = "academy-video";

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  /** The first part's ETag as it is written in the JSON body (quotes escaped). */
  private static String firstEtag(String body) {
    String etag =
        Json.createReader(new StringReader(body))
            .readObject()
            .getJsonArray("parts")
            .getJsonObject(0)
            .getString("etag");
    return Json.createValue(etag).toString().replaceAll("^\"|\"$", "");
  }

  private static String prefix(Academy academy, String id) {
    return "tenants/" + academy.id() + "/videos/" + id + "/";
  }

  @Test
  void aFileIsPutToItsPresignedUrlAndCompletedOnceThoughAskedTwice() {
    Academy academy = Academy.open("vid-a");
    String token = academy.ownerToken();
    byte[] file = randomBytes(4096);

    JsonObject created = Lectures.create(token, "1강 소개", file.length);
    String id = created.getString("id");
    assertEquals("UPLOADING", created.getString("status"));
    JsonObject upload = created.getJsonObject("upload");
    assertEquals("PUT", upload.getString("method"));
    assertTrue(upload.getString("url").contains(prefix(academy, id) + "source"), upload.toString());
    upload.getString("expiresAt");
    assertEquals("UPLOADING", Lectures.progress(token, id).getString("status"));
    Lectures.put(upload, file);

    Api.Reply first = Lectures.complete(token, id, "{}").assertStatus(202);
    String jobId = first.json().getString("jobId");
    assertTrue(
        first
            .raw()
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/v1/media/videos/" + id + "/progress"));
    Api.Reply again = Lectures.complete(token, id, "{}").assertStatus(202);
    assertEquals(jobId, again.json().getString("jobId"));
    assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(null));

    JsonObject progress = Lectures.progress(token, id);
    assertTrue(
        List.of("PROCESSING", "FAILED").contains(progress.getString("status")),
        progress.toString());
    JsonObject video = Api.get("/api/v1/media/videos/" + id, token).assertStatus(200).json();
    assertEquals("1강 소개", video.getString("title"));
    assertEquals(0, video.getJsonArray("pages").size());
    JsonObject list =
        Api.get("/api/v1/media/videos?q=%EC%86%8C%EA%B0%9C", token).assertStatus(200).json();
    assertEquals(1, list.getInt("total"));
    assertEquals(id, list.getJsonArray("items").getJsonObject(0).getString("id"));
  }

  @Test
  void aLargeFileIsUploadedInPartsAndJoinedFromTheirETags() {
    Academy academy = Academy.open("vid-b");
    String token = academy.ownerToken();
    byte[] file = randomBytes(11 * 1024 * 1024);

    JsonObject created = Lectures.create(token, "긴 강의", file.length);
    String id = created.getString("id");
    JsonObject upload = created.getJsonObject("upload");
    assertEquals(5 * 1024 * 1024, upload.getJsonNumber("partSize").longValue());
    assertEquals(3, upload.getJsonArray("parts").size());
    // Without parts, or with an ETag that is not the stored one, nothing is joined.
    Lectures.complete(token, id, "{}").assertError(400, "VALIDATION_FAILED");
    String body = Lectures.putParts(upload, file);
    Lectures.complete(token, id, body.replace(firstEtag(body), "\\\"not-the-stored-one\\\""))
        .assertError(409, "UPLOAD_MISSING");

    String jobId = Lectures.complete(token, id, body).assertStatus(202).json().getString("jobId");

    assertEquals(
        jobId, Lectures.complete(token, id, body).assertStatus(202).json().getString("jobId"));
    assertTrue(Storage.keys(BUCKET, prefix(academy, id)).contains(prefix(academy, id) + "source"));
  }

  @Test
  void badRequestsAreRefusedUpFrontAndStoreNothing() throws Exception {
    Academy academy = Academy.open("vid-c");
    String token = academy.ownerToken();
    Api.post("/api/v1/media/videos", token, "{\"title\":").assertError(400, "MALFORMED_JSON");
    Api.post("/api/v1/media/videos", token, "{\"title\":\"x\",\"sizeBytes\":\"12\"}")
        .assertError(400, "MALFORMED_JSON");
    Api.post("/api/v1/media/videos", token, "{}").assertError(400, "VALIDATION_FAILED");
    Lectures.create(token, "소리", "audio/mpeg", 1000).assertError(415, "UNSUPPORTED_FILE_TYPE");
    Lectures.create(token, "거대", "video/mp4", 6L << 30).assertError(413, "PAYLOAD_TOO_LARGE");
    Lectures.create(token, "빈", "video/mp4", 0).assertError(400, "VALIDATION_FAILED");
    Api.get("/api/v1/media/videos/not-a-uuid", token).assertError(404, "NOT_FOUND");
    Api.get("/api/v1/media/videos?status=DONE", token).assertError(400, "VALIDATION_FAILED");
    assertEquals(
        0,
        Database.count(
            academy.id(), "SELECT count(*) FROM video WHERE tenant_id = ?", academy.id()));
    assertTrue(Storage.keys(BUCKET, "tenants/" + academy.id() + "/").isEmpty());
  }

  @Test
  void aCompleteBeforeTheUploadIsRefusedAndAWrongSizeFailsTheVideoAndDeletesTheFile()
      throws Exception {
    Academy academy = Academy.open("vid-d");
    String token = academy.ownerToken();
    JsonObject created = Lectures.create(token, "잘린 파일", 5000);
    String id = created.getString("id");

    Api.Reply early = Lectures.complete(token, id, "{}").assertError(409, "UPLOAD_MISSING");
    assertTrue(early.json().getString("message").contains("PUT the file"), early.body());
    Lectures.complete(token, id, "{\"parts\":[{\"partNumber\":1,\"etag\":\"x\"}]}")
        .assertError(400, "VALIDATION_FAILED");

    Lectures.put(created.getJsonObject("upload"), randomBytes(4000));
    Api.Reply mismatch = Lectures.complete(token, id, "{}").assertError(422, "SIZE_MISMATCH");
    assertTrue(mismatch.json().getString("message").contains("4000 bytes"), mismatch.body());

    JsonObject video = Api.get("/api/v1/media/videos/" + id, token).assertStatus(200).json();
    assertEquals("FAILED", video.getString("status"));
    assertTrue(video.getString("error").contains("not the 5000 declared"), video.toString());
    assertTrue(Storage.keys(BUCKET, prefix(academy, id)).isEmpty(), "nothing half-stored");
    assertEquals(
        0,
        Database.count(academy.id(), "SELECT count(*) FROM job WHERE tenant_id = ?", academy.id()));
    Lectures.complete(token, id, "{}").assertError(409, "VIDEO_FAILED");
  }

  @Test
  void anotherAcademysVideoIsNotFoundEverywhereAndUnchanged() {
    Academy a = Academy.open("vid-e");
    Academy b = Academy.open("vid-f");
    byte[] file = randomBytes(2048);
    String id = Lectures.upload(a.ownerToken(), "A의 강의", file);
    String path = "/api/v1/media/videos/" + id;
    String other = b.ownerToken();

    Api.get(path, other).assertError(404, "NOT_FOUND");
    Api.get(path + "/progress", other).assertError(404, "NOT_FOUND");
    Api.patch(path, other, "{\"title\":\"탈취\",\"published\":true}").assertError(404, "NOT_FOUND");
    Lectures.complete(other, id, "{}").assertError(404, "NOT_FOUND");
    Api.delete(path, other).assertError(404, "NOT_FOUND");
    assertEquals(0, Api.get("/api/v1/media/videos", other).json().getInt("total"));

    JsonObject video = Api.get(path, a.ownerToken()).assertStatus(200).json();
    assertEquals("A의 강의", video.getString("title"));
    assertFalse(video.getBoolean("published"));
    assertFalse(Storage.keys(BUCKET, prefix(a, id)).isEmpty(), "A's objects are still there");
  }

  @Test
  void rowLevelSecurityShowsTheApplicationRoleOnlyTheBoundAcademysVideos() throws Exception {
    Academy a = Academy.open("vid-j");
    Academy b = Academy.open("vid-k");
    Lectures.create(a.ownerToken(), "A", 1000);
    Lectures.create(b.ownerToken(), "B", 1000);
    try (Connection c = Database.connectAsApplication()) {
      c.setAutoCommit(false);
      assertEquals(0, count(c, "SELECT count(*) FROM video"), "no academy bound, no row");
      assertEquals(0, count(c, "SELECT count(*) FROM video_page"));
      try (PreparedStatement bind =
          c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, Long.toString(a.id()));
        bind.execute();
      }
      assertEquals(1, count(c, "SELECT count(*) FROM video"));
      assertEquals(0, count(c, "SELECT count(*) FROM video WHERE tenant_id <> " + a.id()));
      c.rollback();
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (var rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void studentsSeeOnlyPublishedReadyVideosAndTeachersManageThem() throws Exception {
    Academy academy = Academy.open("vid-g");
    String phone = Api.uniqueMobile();
    long user = academy.addStaff(phone, "student-secret-1");
    Database.text(
        academy.id(),
        "UPDATE tenant_membership SET role = 'STUDENT' WHERE tenant_id = ? AND user_id = ?"
            + " RETURNING role",
        academy.id(),
        user);
    String student = Api.login(academy.slug(), phone, "student-secret-1");
    String id = Lectures.create(academy.ownerToken(), "비공개", 1000).getString("id");

    Api.get("/api/v1/media/videos/" + id, student).assertError(404, "NOT_FOUND");
    assertEquals(0, Api.get("/api/v1/media/videos", student).json().getInt("total"));
    Lectures.create(student, "학생 업로드", "video/mp4", 1000).assertError(403, "FORBIDDEN");
    Api.get("/api/v1/media/videos/" + id + "/progress", student).assertError(403, "FORBIDDEN");
    // Published but not ready: still hidden.
    Api.patch("/api/v1/media/videos/" + id, academy.ownerToken(), "{\"published\":true}")
        .assertStatus(200);
    Api.get("/api/v1/media/videos/" + id, student).assertError(404, "NOT_FOUND");
    Api.patch("/api/v1/media/videos/" + id, academy.ownerToken(), "{\"publish\":true}")
        .assertError(400, "VALIDATION_FAILED");
  }

  @Test
  void deletingAVideoDeletesItsRowsAndEveryObjectAndAbortsItsUpload() throws Exception {
    Academy academy = Academy.open("vid-h");
    String token = academy.ownerToken();
    String id = Lectures.upload(token, "지울 강의", randomBytes(3000));
    JsonObject multipart = Lectures.create(token, "올리다 만 강의", 7 * 1024 * 1024);
    String open = multipart.getString("id");
    Lectures.putParts(multipart.getJsonObject("upload"), randomBytes(7 * 1024 * 1024));

    Api.delete("/api/v1/media/videos/" + id, token).assertStatus(204);
    Api.delete("/api/v1/media/videos/" + open, token).assertStatus(204);

    Api.get("/api/v1/media/videos/" + id, token).assertError(404, "NOT_FOUND");
    Api.get("/api/v1/media/videos/" + id + "/progress", token).assertError(404, "NOT_FOUND");
    Api.delete("/api/v1/media/videos/" + id, token).assertError(404, "NOT_FOUND");
    assertTrue(Storage.keys(BUCKET, prefix(academy, id)).isEmpty());
    assertTrue(Storage.keys(BUCKET, prefix(academy, open)).isEmpty());
    assertEquals(
        0,
        Database.count(
            academy.id(), "SELECT count(*) FROM video WHERE tenant_id = ?", academy.id()));
  }

  @Test
  void anUploadNeverCompletedIsAbortedAndCleanedAfterItsExpiry() throws Exception {
    Academy academy = Academy.open("vid-i");
    String token = academy.ownerToken();
    JsonObject created = Lectures.create(token, "잊힌 업로드", 7 * 1024 * 1024);
    String id = created.getString("id");
    Lectures.putParts(created.getJsonObject("upload"), randomBytes(7 * 1024 * 1024));
    Database.text(
        academy.id(),
        "UPDATE video SET upload_expires_at = now() - interval '1 minute'"
            + " WHERE tenant_id = ? AND video_id = ?::uuid RETURNING status",
        academy.id(),
        id);

    JsonObject video =
        Lectures.await(
            token, id, p -> p.getString("status").equals("FAILED"), Duration.ofSeconds(60));

    assertTrue(video.getString("error").contains("not completed"), video.toString());
    assertTrue(Storage.keys(BUCKET, prefix(academy, id)).isEmpty());
    Lectures.complete(token, id, "{}").assertError(409, "VIDEO_FAILED");
  }
}
