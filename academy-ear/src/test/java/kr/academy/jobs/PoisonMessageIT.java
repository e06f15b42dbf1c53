package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import kr.academy.support.Jobs;
import kr.academy.support.Queues;
import kr.academy.support.ServerLog;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A job that fails on every attempt: retried with back-off, then FAILED with a sentence and an
 * incident id (the cause is in the server log under it, never in the job), and its message in the
 * dead-letter queue after maxReceiveCount (3). The test stack runs with a one-second back-off
 * ({@code ./academy test}). The operator's re-drive puts it back in line with fresh attempts.
 */
class PoisonMessageIT {

  private static final String QUEUE = "academy-excel-jobs";

  @Test
  void aJobThatAlwaysFailsEndsFailedWithItsErrorAndItsMessageInTheDeadLetterQueue()
      throws Exception {
    Academy academy = Academy.open("poison");
    ServerLog log = ServerLog.mark();
    UUID jobId =
        Database.insertQueuedJob(academy.id(), "STUDENT_EXPORT", QUEUE, "this is not JSON");
    String id = jobId.toString();

    JsonObject progress =
        Jobs.awaitProgress(academy.ownerToken(), id, Jobs::isFinal, Duration.ofSeconds(60));
    assertEquals("FAILED", progress.getString("status"));
    Matcher error =
        Pattern.compile(
                "failed after 3 attempts because of a problem on our side; quote incident"
                    + " ([0-9a-f-]{36}) when you contact support")
            .matcher(progress.getString("error"));
    assertTrue(error.matches(), progress.toString());
    String written = log.written();
    int incident = written.indexOf("incident " + error.group(1));
    assertTrue(incident >= 0, "the incident is in the server log");
    assertTrue(
        written.indexOf("the job's input is not a JSON object", incident) > incident,
        "the cause follows the incident in the log");

    JsonObject job = Api.get("/api/v1/jobs/" + id, academy.ownerToken()).assertStatus(200).json();
    assertEquals("FAILED", job.getString("status"));
    assertEquals(3, job.getInt("attempts"));
    assertEquals(progress.getString("error"), job.getString("error"));

    JsonObject redriven = redriveUntilRequeued(academy.ownerToken(), id);
    assertEquals(QUEUE + "-dlq", redriven.getString("deadLetterQueue"));
    JsonObject failedAgain = Jobs.awaitFinal(academy.ownerToken(), id, Duration.ofSeconds(60));
    assertEquals("FAILED", failedAgain.getString("status"), "still poison after the re-drive");
    assertEquals(3, failedAgain.getInt("attempts"), "attempts start anew after a re-drive");
    try (SqsClient sqs = Queues.client()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      boolean deadLettered = false;
      while (!deadLettered && System.nanoTime() < deadline) {
        deadLettered = Queues.take(sqs, QUEUE + "-dlq", id).isPresent();
      }
      assertTrue(deadLettered, "the message of job " + id + " is in " + QUEUE + "-dlq again");
    }
  }

  /**
   * The operator command of docs/operations.md, until the job is queued again: its dead letter may
   * arrive after a re-drive, and other dead letters may be re-driven first.
   */
  private static JsonObject redriveUntilRequeued(String token, String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject outcome =
          Api.post("/api/v1/admin/queues/EXCEL/redrive", Api.adminToken(), null)
              .assertStatus(200)
              .json();
      if (outcome.getInt("requeued") > 0
          && !Jobs.progress(token, id).getString("status").equals("FAILED")) {
        return outcome;
      }
      Jobs.pause(Duration.ofMillis(500));
    }
    throw new AssertionError("the poison job's dead letter never arrived to re-drive");
  }

  @Test
  void aMessageThatIsNotAJobGoesToTheDeadLetterQueue() {
    String nonsense = "nonsense-" + UUID.randomUUID();
    try (SqsClient sqs = Queues.client()) {
      String url = sqs.getQueueUrl(b -> b.queueName(QUEUE)).queueUrl();
      sqs.sendMessage(b -> b.queueUrl(url).messageBody(nonsense));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      boolean deadLettered = false;
      while (!deadLettered && System.nanoTime() < deadline) {
        deadLettered = Queues.take(sqs, QUEUE + "-dlq", nonsense).isPresent();
      }
      assertTrue(deadLettered, "the nonsense message reached " + QUEUE + "-dlq");
    }
  }
}
