package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.LibertyServer;
import kr.academy.support.Storage;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of an export, then a start: the killed attempt's lease (30 s)
 * lapses with nobody to renew it, so the sweeper of the restarted server or the message coming back
 * after its visibility timeout (60 s from its last renewal) starts attempt 2 within a minute of the
 * server being ready, and the job completes once.
 */
class KilledServerIT {

  private static final int STUDENTS = 100_000;

  @Test
  void aJobInterruptedByKill9CompletesExactlyOnceAfterARestart() throws Exception {
    Academy academy = Academy.openWithStudents("kill", STUDENTS);
    String token = academy.ownerToken();
    String jobId = Jobs.exportAll(token);
    Jobs.awaitProgress(
        token,
        jobId,
        p -> p.getString("status").equals("PROCESSING") && p.getInt("progress") >= 10,
        Duration.ofSeconds(60));

    Instant killed = LibertyServer.kill9();
    Instant ready = LibertyServer.start();
    Jobs.assertRunningAgainWithin(
        Duration.ofSeconds(60), "STUDENT_EXPORT", token, jobId, killed, ready);

    JsonObject job = Jobs.awaitFinal(token, jobId, Duration.ofSeconds(180));
    assertEquals("DONE", job.getString("status"), job.toString());
    assertEquals(2, job.getInt("attempts"), "one attempt killed, one completed");
    assertEquals(STUDENTS, job.getJsonObject("result").getInt("rows"));
    assertEquals(
        List.of("tenants/" + academy.id() + "/exports/" + jobId + ".xlsx"),
        Storage.keys("academy-excel", "tenants/" + academy.id() + "/"),
        "exactly one workbook");
    assertEquals(1, Api.get("/api/v1/jobs", token).json().getInt("total"));
  }
}
