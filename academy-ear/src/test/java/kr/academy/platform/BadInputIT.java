package kr.academy.platform;

import static kr.academy.support.Api.get;
import static kr.academy.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets the documented status and error shape, never a 500, and writes nothing. */
class BadInputIT {

  private static Academy academy;

  @BeforeAll
  static void openAcademy() {
    academy = Academy.open("bad-input");
  }

  @Test
  void malformedJson() {
    post("/api/v1/students", academy.ownerToken(), "{\"name\": \"김\",")
        .assertError(400, "MALFORMED_JSON");
    post("/api/v1/auth/login", null, "not json at all").assertError(400, "MALFORMED_JSON");
    post("/api/v1/students", academy.ownerToken(), "").assertError(400, "MALFORMED_JSON");
    assertNothingWritten();
  }

  @Test
  void wrongTypes() {
    post(
            "/api/v1/students",
            academy.ownerToken(),
            "{\"name\":[1,2],\"parentPhone\":\"01011112222\"}")
        .assertError(400, "MALFORMED_JSON");
    post("/api/v1/students", academy.ownerToken(), "[1,2,3]").assertError(400, "MALFORMED_JSON");
    Api.patch("/api/v1/students/1", academy.ownerToken(), "{\"grade\":3}")
        .assertError(400, "VALIDATION_FAILED");
    post(
            "/api/v1/admin/tenants",
            Api.adminToken(),
            "{\"slug\":\"x-plan\",\"name\":\"n\",\"plan\":\"GOLD\",\"owner\":{\"name\":\"o\",\"phone\":\"01011112222\",\"password\":\"pppppppp\"}}")
        .assertError(400, "VALIDATION_FAILED");
    assertNothingWritten();
  }

  @Test
  void missingFieldsAreNamed() {
    var error =
        post("/api/v1/students", academy.ownerToken(), "{}")
            .assertError(400, "VALIDATION_FAILED")
            .json();
    assertEquals(2, error.getJsonArray("details").size());
    post("/api/v1/auth/login", null, "{\"phone\":\"01011112222\"}")
        .assertError(400, "VALIDATION_FAILED");
    post("/api/v1/admin/tenants", Api.adminToken(), "{\"slug\":\"only-slug\"}")
        .assertError(400, "VALIDATION_FAILED");
    assertNothingWritten();
  }

  @Test
  void invalidPhones() {
    for (String phone :
        new String[] {"12345", "010-123", "+1 212 555 0100", "02-123-4567", "전화번호"}) {
      post(
              "/api/v1/students",
              academy.ownerToken(),
              "{\"name\":\"학생\",\"parentPhone\":\"" + phone + "\"}")
          .assertError(400, "VALIDATION_FAILED");
    }
    assertNothingWritten();
  }

  @Test
  void invalidTenantFieldsWriteNoHalfAcademy() {
    String slug = Api.uniqueSlug("half");
    post(
            "/api/v1/admin/tenants",
            Api.adminToken(),
            "{\"slug\":\""
                + slug
                + "\",\"name\":\"n\",\"plan\":\"LITE\",\"owner\":{\"name\":\"o\",\"phone\":\"not-a-phone\",\"password\":\"pppppppp\"}}")
        .assertError(400, "VALIDATION_FAILED");
    post(
            "/api/v1/admin/tenants",
            Api.adminToken(),
            "{\"slug\":\""
                + slug
                + "\",\"name\":\"n\",\"plan\":\"LITE\",\"owner\":{\"name\":\"o\",\"phone\":\"01011112222\",\"password\":\"short\"}}")
        .assertError(400, "VALIDATION_FAILED");
    post(
            "/api/v1/auth/login",
            null,
            "{\"tenant\":\"" + slug + "\",\"phone\":\"01011112222\",\"password\":\"pppppppp\"}")
        .assertError(401, "INVALID_CREDENTIALS");
  }

  @Test
  void twelveMegabyteBodyIsRefused() {
    String huge =
        "{\"name\":\"" + "가".repeat(4 * 1024 * 1024) + "\",\"parentPhone\":\"01011112222\"}";
    post("/api/v1/students", academy.ownerToken(), huge).assertError(413, "PAYLOAD_TOO_LARGE");
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/students"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + academy.ownerToken())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
            .build();
    Api.send(chunked).assertError(413, "PAYLOAD_TOO_LARGE");
    assertNothingWritten();
  }

  @Test
  void badQueryParametersAre400() {
    get("/api/v1/students?page=abc", academy.ownerToken()).assertError(400, "VALIDATION_FAILED");
    get("/api/v1/students?page=-1", academy.ownerToken()).assertError(400, "VALIDATION_FAILED");
    get("/api/v1/students?size=0", academy.ownerToken()).assertError(400, "VALIDATION_FAILED");
    get("/api/v1/students?deleted=maybe", academy.ownerToken())
        .assertError(400, "VALIDATION_FAILED");
  }

  @Test
  void wrongMediaTypeMethodAndPathHaveTheErrorShape() {
    HttpRequest xml =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/students"))
            .header("Authorization", "Bearer " + academy.ownerToken())
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString("<student/>"))
            .build();
    Api.send(xml).assertError(415, "UNSUPPORTED_MEDIA_TYPE");
    Api.send("PUT", "/api/v1/students", academy.ownerToken(), "{}")
        .assertError(405, "METHOD_NOT_ALLOWED");
    get("/api/v1/no-such-thing", academy.ownerToken()).assertError(404, "NOT_FOUND");
  }

  private static void assertNothingWritten() {
    assertEquals(0, get("/api/v1/students", academy.ownerToken()).json().getInt("total"));
    assertEquals(
        0, get("/api/v1/students?deleted=true", academy.ownerToken()).json().getInt("total"));
  }
}
