package kr.academy.platform;

import static kr.academy.support.Api.get;
import static kr.academy.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.ServerLog;
import kr.academy.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input found by probing the running system from outside that used to end in a 500, a stack trace
 * in the log, a silently changed value or a page naming our classes: each is now a 4xx in the error
 * shape naming the field, and nothing is written.
 */
class HostileInputIT {

  private static final String[] INTERNALS = {
    "kr.academy",
    "java.",
    "jakarta.",
    "org.eclipse",
    "com.ibm",
    "Exception",
    "SRVE",
    "<html",
    "\tat "
  };

  private static Academy academy;
  private static long student;

  @BeforeAll
  static void openAcademy() {
    academy = Academy.open("hostile");
    student = academy.addStudent("김하나", "01012340001");
  }

  private static String owner() {
    return academy.ownerToken();
  }

  @Test
  void aNulCharacterAnywhereIs400NamingTheFieldAndLeavesNoTraceInTheLog() throws Exception {
    ServerLog log = ServerLog.mark();
    String nul = "\\u0000";
    refused(
        post(
            "/api/v1/students",
            owner(),
            "{\"name\":\"a" + nul + "\",\"parentPhone\":\"01011112222\"}"),
        "name");
    refused(
        post(
            "/api/v1/students",
            owner(),
            "{\"name\":\"김둘\",\"parentPhone\":\"01011112222\",\"memo\":\"" + nul + "\"}"),
        "memo");
    refused(
        Api.patch("/api/v1/students/" + student, owner(), "{\"school\":\"" + nul + "\"}"),
        "school");
    refused(get("/api/v1/students?q=ab%00c", owner()), "q");
    refused(
        post(
            "/api/v1/auth/login",
            null,
            "{\"tenant\":\"" + nul + "\",\"phone\":\"01011112222\",\"password\":\"x\"}"),
        "tenant");
    refused(
        Api.send(
            "PUT",
            "/api/v1/messaging/settings",
            owner(),
            "{\"senderNumber\":\"0212345678\",\"senderName\":\"" + nul + "\"}"),
        "senderName");
    refused(
        post(
            "/api/v1/messages",
            owner(),
            "{\"recipients\":{\"phones\":[\"01011112222\"]},\"text\":\"a" + nul + "\"}"),
        "text");
    refused(
        post(
            "/api/v1/tenant/members",
            owner(),
            "{\"name\":\""
                + nul
                + "\",\"phone\":\"01011113333\",\"password\":\"pppppppp\",\"role\":\"TEACHER\"}"),
        "name");
    refused(
        post(
            "/api/v1/admin/tenants",
            Api.adminToken(),
            "{\"slug\":\""
                + Api.uniqueSlug("nul")
                + "\",\"name\":\""
                + nul
                + "\",\"plan\":\"LITE\",\"owner\":{\"name\":\"o\",\"phone\":\"01011114444\",\"password\":\"pppppppp\"}}"),
        "name");
    refused(post("/api/v1/students/exports", owner(), "{\"q\":\"a" + nul + "\"}"), "q");
    assertTrue(
        rawPost("/api/v1/students/exports", "Idempotency-Key: a\0b", "{}")
            .startsWith("HTTP/1.1 400"),
        "a NUL in a header is refused");

    assertEquals(1, get("/api/v1/students", owner()).json().getInt("total"));
    assertEquals(0, get("/api/v1/jobs", owner()).json().getInt("total"), "no export was accepted");
    assertEquals(0, get("/api/v1/messages", owner()).json().getInt("total"));
    assertEquals(1, get("/api/v1/tenant/members", owner()).json().getInt("total"));
    get("/api/v1/messaging/settings", owner()).assertError(404, "NOT_FOUND");
    assertEquals("한국중학교", get("/api/v1/students/" + student, owner()).json().getString("school"));
    assertNoIncidentIn(log);
  }

  /**
   * Servlet 6 makes the container refuse a path whose decoded form holds a control character before
   * any application sees it, with its own one-line answer (docs/api.md): a 400 that names no class.
   */
  @Test
  void aNulCharacterInThePathIsRefusedByTheContainerWithoutATrace() {
    ServerLog log = ServerLog.mark();
    for (String path :
        new String[] {"/api/v1/students/1%00", "/api/v1/jobs/a%00b", "/api/v1/x%00"}) {
      Api.Reply reply = get(path, owner());
      assertEquals(400, reply.status(), reply::body);
      assertClean(reply);
    }
    assertEquals(1, get("/api/v1/students", owner()).json().getInt("total"));
    assertNoIncidentIn(log);
  }

  @Test
  void pagesWhoseOffsetPassesTheIntegerRangeAre400OnEveryList() {
    for (String list :
        new String[] {
          "/api/v1/students",
          "/api/v1/jobs",
          "/api/v1/messages",
          "/api/v1/tenant/members",
          "/api/v1/messaging/opt-outs",
          "/api/v1/messaging/night-consents",
          "/api/v1/media/videos"
        }) {
      refused(get(list + "?page=21474837&size=100", owner()), "page");
      get(list + "?page=21474836&size=100", owner()).assertStatus(200);
    }
    refused(get("/api/v1/admin/tenants?page=21474837&size=100", Api.adminToken()), "page");
  }

  @Test
  void jsonNestedDeeperThanTheLimitIsMalformed() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    malformed(Api.patch("/api/v1/students/" + student, owner(), "{\"memo\":" + deep + "}"));
    malformed(post("/api/v1/students/exports", owner(), "[]"));
    malformed(post("/api/v1/students/exports", owner(), "{\"q\":" + deep + "}"));
    malformed(post("/api/v1/students", owner(), deep));
    assertEquals(0, get("/api/v1/jobs", owner()).json().getInt("total"));
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    for (String scheme : new String[] {"bearer", "BEARER", "bEaReR"}) {
      JsonObject page =
          Api.send(
                  request("/api/v1/students")
                      .header("Authorization", scheme + " " + owner())
                      .build())
              .assertStatus(200)
              .json();
      assertEquals(1, page.getInt("total"));
      JsonObject me =
          Api.send(request("/api/v1/me").header("Authorization", scheme + " " + owner()).build())
              .assertStatus(200)
              .json();
      assertEquals(academy.slug(), me.getJsonObject("tenant").getString("slug"));
    }
    long ownerId =
        Api.send(request("/api/v1/me").header("Authorization", "Bearer " + owner()).build())
            .json()
            .getJsonNumber("id")
            .longValue();
    String forged =
        Tokens.signedWithForeignKey(
            Tokens.ownerClaims(academy.id(), ownerId, Instant.now().plus(Duration.ofMinutes(5)))
                .build());
    Api.send(request("/api/v1/students").header("Authorization", "bearer " + forged).build())
        .assertError(401, "UNAUTHENTICATED");
  }

  @Test
  void numbersThatWouldBeChangedAreRefusedNamingTheField() {
    String quota = "/api/v1/admin/tenants/" + academy.id() + "/message-quota";
    for (String number : new String[] {"99999999999", "1e308", "1.5", "-1e400"}) {
      refused(
          Api.send("PUT", quota, Api.adminToken(), "{\"monthlyQuota\":" + number + "}"),
          "monthlyQuota");
    }
    Api.send("PUT", quota, Api.adminToken(), "{\"monthlyQuota\":1E3}").assertStatus(200);
    assertEquals(
        1000,
        get("/api/v1/me", owner()).json().getJsonObject("tenant").getInt("monthlyMessageQuota"));
    Api.send("PUT", quota, Api.adminToken(), "{\"monthlyQuota\":null}").assertStatus(200);

    refused(get("/api/v1/students/99999999999999999999", owner()), "id");
    refused(get("/api/v1/students/1.5", owner()), "id");
    refused(
        post(
            "/api/v1/messages",
            owner(),
            "{\"recipients\":{\"studentIds\":[99999999999999999999],\"target\":\"PARENTS\"},\"text\":\"안녕\"}"),
        "recipients.studentIds[0]");
    assertEquals(0, get("/api/v1/messages", owner()).json().getInt("total"));
  }

  @Test
  void textThatIsNotUtf8OrHasHalfASurrogatePairIsRefused() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"name\":\"".getBytes(StandardCharsets.UTF_8));
    body.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3});
    body.writeBytes("\",\"parentPhone\":\"01011112222\"}".getBytes(StandardCharsets.UTF_8));
    refused(Api.sendBytes("POST", "/api/v1/students", owner(), body.toByteArray()), "name");
    refused(
        post("/api/v1/students", owner(), "{\"name\":\"\\ud800\",\"parentPhone\":\"01011112222\"}"),
        "name");
    refused(get("/api/v1/students?q=%ff%fe", owner()), "q");
    assertEquals(1, get("/api/v1/students", owner()).json().getInt("total"));
  }

  @Test
  void errorBodiesNameTheFieldAndWhatWasExpectedNeverAClass() {
    String role =
        post(
                "/api/v1/tenant/members",
                owner(),
                "{\"name\":\"교사\",\"phone\":\"01011115555\",\"password\":\"pppppppp\",\"role\":\"owner\"}")
            .assertError(400, "VALIDATION_FAILED")
            .body();
    assertTrue(role.contains("role must be one of"), role);
    for (String path : new String[] {"/api/v1/students", "/api/v1/messages"}) {
      malformed(post(path, owner(), "[\"x\"]"));
    }
    malformed(Api.send("PUT", "/api/v1/messaging/settings", owner(), "[]"));

    Api.Reply jsp = get("/nonexistent.jsp", null).assertError(404, "NOT_FOUND");
    assertClean(jsp);
    Api.Reply dotDot = get("/api/v1/students/..%2F..%2Fadmin", null);
    assertTrue(dotDot.status() == 400 || dotDot.status() == 404, dotDot::body);
    dotDot.assertError(dotDot.status(), dotDot.status() == 400 ? "BAD_REQUEST" : "NOT_FOUND");
    assertClean(dotDot);
  }

  @Test
  void everyJsonAnswerIsNeitherCachedNorSniffed() {
    Api.Reply login = post("/api/v1/auth/login", null, academy.loginJson()).assertStatus(200);
    for (Api.Reply reply :
        new Api.Reply[] {
          login,
          get("/api/v1/students/" + student, owner()).assertStatus(200),
          get("/api/v1/students?page=x", owner()).assertError(400, "VALIDATION_FAILED"),
          get("/api/v1/students", null).assertError(401, "UNAUTHENTICATED"),
          get("/nonexistent.jsp", null).assertError(404, "NOT_FOUND")
        }) {
      var headers = reply.raw().headers();
      assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null), reply::body);
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
    }
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).timeout(Duration.ofSeconds(30));
  }

  private static void refused(Api.Reply reply, String field) {
    assertEquals(400, reply.status(), reply::body);
    JsonObject error = reply.json();
    assertTrue(
        error.getJsonArray("details").stream()
            .map(JsonObject.class::cast)
            .anyMatch(d -> d.getString("field").equals(field)),
        () -> field + " is not named: " + reply.body());
    assertClean(reply);
  }

  private static void malformed(Api.Reply reply) {
    reply.assertError(400, "MALFORMED_JSON");
    assertClean(reply);
  }

  private static void assertClean(Api.Reply reply) {
    for (String internal : INTERNALS) {
      assertFalse(reply.body().contains(internal), () -> internal + " in " + reply.body());
    }
  }

  /** Neither the API's unexpected-error log (with its stack trace) nor the container's. */
  private static void assertNoIncidentIn(ServerLog log) {
    String written = log.written();
    for (String trace : new String[] {"UnexpectedErrorMapper", "SRVE0777E", "SRVE0315E"}) {
      assertFalse(written.contains(trace), written);
    }
  }

  /** What {@code java.net.http} will not send: a header with a NUL byte in it. */
  private static String rawPost(String path, String header, String body) throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    URI base = URI.create(Api.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + "\r\nAuthorization: Bearer "
                  + owner()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + content.length
                  + "\r\n"
                  + header
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
