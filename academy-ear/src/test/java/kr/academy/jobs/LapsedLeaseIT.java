package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.academy.support.Academy;
import kr.academy.support.Database;
import kr.academy.support.Jobs;
import kr.academy.support.Storage;
import org.junit.jupiter.api.Test;

/**
 * A worker that vanished while the rest of the system runs on (its instance reclaimed, its process
 * killed): its attempt's lease lapses with nobody renewing it, and the sweeper takes the job over
 * at its next pass, long before the job's hard timeout, though no message is left to redeliver.
 */
class LapsedLeaseIT {

  @Test
  void aJobWhoseLeaseLapsedIsTakenOverByTheSweeperWithinOnePass() throws Exception {
    Academy academy = Academy.openWithStudents("lapsed", 10);
    String token = academy.ownerToken();
    UUID jobId = Database.insertAbandonedJob(academy.id(), "STUDENT_EXPORT", "{}");
    Instant lapsed = Instant.now();

    // One sweep interval (academy.jobs.sweep-interval, 10 s), the relay's send and the delivery,
    // with room for a loaded machine.
    Jobs.assertRunningAgainWithin(
        Duration.ofSeconds(20), "lapsed STUDENT_EXPORT", token, jobId.toString(), lapsed, lapsed);

    JsonObject job = Jobs.awaitFinal(token, jobId.toString(), Duration.ofSeconds(30));
    assertEquals("DONE", job.getString("status"), job.toString());
    assertEquals(2, job.getInt("attempts"));
    assertEquals(10, job.getJsonObject("result").getInt("rows"));
    assertEquals(
        List.of("tenants/" + academy.id() + "/exports/" + jobId + ".xlsx"),
        Storage.keys("academy-excel", "tenants/" + academy.id() + "/"));
  }
}
