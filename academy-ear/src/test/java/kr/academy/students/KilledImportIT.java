package kr.academy.students;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import kr.academy.support.Academy;
import kr.academy.support.Database;
import kr.academy.support.Imports;
import kr.academy.support.Jobs;
import kr.academy.support.LibertyServer;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of a 100,000-row import, then a start: attempt 2 runs within
 * a minute of the server being ready (the killed attempt's lease lapsed), skips the chunks already
 * committed (their checkpoints committed with them) and finishes with exact counts and no student
 * twice.
 */
class KilledImportIT {

  private static final int ROWS = 100_000;
  private static final int INVALID_EVERY = 1_000;

  @Test
  void anImportInterruptedByKill9FinishesOnceWithExactCounts() throws Exception {
    Academy academy = Academy.open("import-kill");
    String token = academy.ownerToken();
    StringBuilder csv = new StringBuilder("이름,학부모 전화번호,학생 전화번호\n");
    for (int n = 1; n <= ROWS; n++) {
      String parent = n % INVALID_EVERY == 0 ? "없음" : String.format("0109%07d", n);
      csv.append("학생").append(n).append(',').append(parent);
      csv.append(n % 10 == 0 ? String.format(",0106%07d", n) : ",").append('\n');
    }
    String jobId =
        Jobs.accepted(
            Imports.upload(
                token, "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null));
    Jobs.awaitProgress(
        token,
        jobId,
        p -> p.getString("status").equals("PROCESSING") && p.getInt("progress") >= 20,
        Duration.ofSeconds(60));

    Instant killed = LibertyServer.kill9();
    Instant ready = LibertyServer.start();
    Jobs.assertRunningAgainWithin(
        Duration.ofSeconds(60), "STUDENT_IMPORT", token, jobId, killed, ready);

    JsonObject job = Jobs.awaitFinal(token, jobId, Duration.ofSeconds(180));
    assertEquals(2, job.getInt("attempts"), job::toString);
    int rejected = ROWS / INVALID_EVERY;
    StudentImportIT.assertCounts(Imports.done(job), ROWS - rejected, 0, 0, 0, rejected);
    assertEquals(
        ROWS - rejected,
        Database.count(
            academy.id(), "SELECT count(*) FROM student WHERE tenant_id = ?", academy.id()));
    // every tenth row gives the student a phone, the rejected rows among them
    assertEquals(
        ROWS / 10 - rejected,
        Database.count(
            academy.id(),
            "SELECT count(*) FROM tenant_membership WHERE tenant_id = ? AND role = 'STUDENT'",
            academy.id()));
  }
}
