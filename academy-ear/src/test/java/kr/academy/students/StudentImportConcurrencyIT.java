package kr.academy.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Imports;
import kr.academy.support.Jobs;
import org.junit.jupiter.api.Test;

/** One import per academy at a time; academies never see or touch each other's imports. */
class StudentImportConcurrencyIT {

  @Test
  void aSecondImportWhileOneIsOpenIs409NamingItAndAnotherAcademyIsNotHeldUp() {
    Academy first = Academy.open("import-c1");
    Academy other = Academy.open("import-c2");
    byte[] big = roster(20_000);
    String running = Jobs.accepted(Imports.upload(first.ownerToken(), "big.csv", big, null));

    Api.Reply refused =
        Imports.upload(first.ownerToken(), "small.csv", roster(3), null)
            .assertError(409, "JOB_ALREADY_RUNNING");
    assertEquals(
        running, refused.json().getJsonArray("details").getJsonObject(0).getString("message"));
    String elsewhere = Jobs.accepted(Imports.upload(other.ownerToken(), "big.csv", big, null));

    Imports.done(Jobs.awaitFinal(first.ownerToken(), running, Duration.ofSeconds(120)));
    Jobs.accepted(Imports.upload(first.ownerToken(), "small.csv", roster(3), null));
    JsonObject otherResult =
        Imports.done(Jobs.awaitFinal(other.ownerToken(), elsewhere, Duration.ofSeconds(120)));
    StudentImportIT.assertCounts(otherResult, 20_000, 0, 0, 0, 0);

    Api.get("/api/v1/jobs/" + running, other.ownerToken()).assertError(404, "NOT_FOUND");
    Api.get("/api/v1/jobs/" + running + "/progress", other.ownerToken())
        .assertError(404, "NOT_FOUND");
    assertEquals(
        20_000,
        Api.get("/api/v1/students?size=1", other.ownerToken()).json().getInt("total"),
        "the same names and phones in another academy are that academy's own students");
  }

  @Test
  void theSameFileWithTheSameIdempotencyKeyIsTheSameImport() {
    Academy academy = Academy.open("import-c3");
    String token = academy.ownerToken();
    byte[] file = roster(5);
    Api.Reply first = Imports.upload(token, "a.csv", file, null, "import-key-1");
    String jobId = Jobs.accepted(first);
    Jobs.awaitFinal(token, jobId, Duration.ofSeconds(60));
    Api.Reply again = Imports.upload(token, "a.csv", file, null, "import-key-1");
    assertEquals(jobId, Jobs.accepted(again));
    assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(null));
    Imports.upload(token, "a.csv", roster(6), null, "import-key-1")
        .assertError(409, "IDEMPOTENCY_KEY_REUSED");
    String another = Jobs.accepted(Imports.upload(token, "a.csv", file, null, "import-key-2"));
    assertNotEquals(jobId, another);
    assertEquals(2, Api.get("/api/v1/jobs", token).json().getInt("total"));
    Jobs.awaitFinal(token, another, Duration.ofSeconds(60));
  }

  /** {@code n} students named 학생1... with distinct parent phones, as CSV. */
  static byte[] roster(int n) {
    StringBuilder csv = new StringBuilder("이름,학부모 전화번호,학교\n");
    for (int i = 1; i <= n; i++) {
      csv.append("학생").append(i).append(",0108").append(String.format("%07d", i)).append(",한국중\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
