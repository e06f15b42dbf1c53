package kr.academy.platform;

import static kr.academy.support.Api.get;
import static kr.academy.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.ServerLog;
import kr.academy.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What the server writes (docs/operations.md, Logs): a client's mistakes write no error line, the
 * console writes JSON lines that carry the academy and the job they were written for, and no phone
 * number is written anywhere.
 */
class ServerLogsIT {

  /** A line of messages.log at level E (error): {@code [date] thread logger E message}. */
  private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\[[^\\]]+\\] \\S+ \\S+\\s+E ");

  private static ServerLog console() {
    return ServerLog.mark(Path.of(System.getProperty("academy.server.console-log")));
  }

  @Test
  void aClientsMistakesWriteNoErrorLine() {
    Academy academy = Academy.open("logs-mistakes");
    Instant past = Instant.now().minusSeconds(600);
    List<String> badTokens =
        List.of(
            "not-a-token",
            Tokens.signedWithForeignKey(Tokens.ownerClaims(academy.id(), 1, Instant.now()).build()),
            Tokens.signedWithServerKey(Tokens.ownerClaims(academy.id(), 1, past).build()));
    ServerLog messages = ServerLog.mark();
    for (int i = 0; i < 10; i++) {
      for (String token : badTokens) {
        assertEquals(401, get("/api/v1/students", token).status());
      }
      assertEquals(400, post("/api/v1/students", academy.ownerToken(), "{\"name\":").status());
      assertEquals(404, get("/api/v1/no-such-thing", academy.ownerToken()).status());
    }

    String written = messages.written();
    assertFalse(ERROR_LINE.matcher(written).find(), written);
    assertFalse(written.contains("CWWKS5523E"), written);
  }

  @Test
  void consoleLinesAreJsonAndAJobsLineNamesItsAcademyAndJobButNoPhone() {
    Academy academy = Academy.open("logs-job");
    String parentPhone = Api.uniqueMobile();
    academy.addStudent("로그학생", parentPhone);
    ServerLog console = console();
    ServerLog messages = ServerLog.mark();
    assertEquals(
        401, Api.send("POST", "/api/v1/auth/login", null, wrongPassword(academy)).status());

    String jobId = Jobs.exportAll(academy.ownerToken());
    assertEquals(
        "DONE",
        Jobs.awaitFinal(academy.ownerToken(), jobId, Duration.ofSeconds(60)).getString("status"));

    JsonObject done = awaitJobLine(console, jobId);
    assertEquals(Long.toString(academy.id()), done.getString("ext_academyId"), done::toString);
    assertEquals(jobId, done.getString("ext_jobId"), done::toString);
    assertTrue(done.getString("ext_traceId", "").matches("[0-9a-f]{32}"), done::toString);
    assertEquals("INFO", done.getString("loglevel"), done::toString);
    String everything = console.written() + messages.written();
    for (String phone : List.of(parentPhone, academy.ownerPhone())) {
      assertFalse(everything.contains(phone), phone + " written in\n" + everything);
      String dashed =
          phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
      assertFalse(everything.contains(dashed), dashed + " written in\n" + everything);
    }
  }

  private static String wrongPassword(Academy academy) {
    return Json.createObjectBuilder()
        .add("tenant", academy.slug())
        .add("phone", academy.ownerPhone())
        .add("password", "wrong-password-1")
        .build()
        .toString();
  }

  /** The console's line saying the job succeeded; every line read on the way must be JSON. */
  private static JsonObject awaitJobLine(ServerLog console, String jobId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String written = "";
    while (System.nanoTime() < deadline) {
      written = console.written();
      for (String line : written.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject object = Json.createReader(new StringReader(line)).readObject();
        if (object.getString("message", "").startsWith("job " + jobId + " ")
            && object.getString("message").contains("succeeded")) {
          return object;
        }
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("no line for job " + jobId + " in the console:\n" + written);
  }
}
