package kr.academy.support;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Waiting on background work the way a client does: polling its progress. */
public final class Jobs {

  private Jobs() {}

  /** The job id of a 202 answer, after checking its Location points at the progress. */
  public static String accepted(Api.Reply reply) {
    reply.assertStatus(202);
    String id = reply.json().getString("jobId");
    String location = reply.raw().headers().firstValue("Location").orElseThrow();
    if (!location.endsWith("/api/v1/jobs/" + id + "/progress")) {
      fail("Location " + location + " is not the job's progress");
    }
    return id;
  }

  /** Starts an export of every active student and returns its job id. */
  public static String exportAll(String token) {
    return accepted(Api.post("/api/v1/students/exports", token, "{}"));
  }

  public static JsonObject progress(String token, String jobId) {
    return Api.get("/api/v1/jobs/" + jobId + "/progress", token).assertStatus(200).json();
  }

  /** Polls the progress until it matches, then returns it. */
  public static JsonObject awaitProgress(
      String token, String jobId, Predicate<JsonObject> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      last = progress(token, jobId);
      if (done.test(last)) {
        return last;
      }
      pause(Duration.ofMillis(50));
    }
    return fail("job " + jobId + " did not get there in " + timeout + "; last progress " + last);
  }

  /** Polls until the job is final and returns its detail. */
  public static JsonObject awaitFinal(String token, String jobId, Duration timeout) {
    awaitProgress(token, jobId, Jobs::isFinal, timeout);
    return Api.get("/api/v1/jobs/" + jobId, token).assertStatus(200).json();
  }

  /**
   * Waits until the running attempt's lease has been renewed at least once: its end lies further
   * from the attempt's start than the lease a claim gives (academy.jobs.lease, 30 s here).
   */
  public static void awaitLeaseRenewed(long tenantId, String jobId, Duration timeout)
      throws SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (Database.count(
            tenantId,
            "SELECT count(*) FROM job WHERE tenant_id = ? AND job_id = ?::uuid"
                + " AND status = 'PROCESSING' AND deadline_at > started_at + interval '30 seconds'",
            tenantId,
            jobId)
        == 0) {
      if (System.nanoTime() > deadline) {
        fail("the lease of job " + jobId + " was not renewed within " + timeout);
      }
      pause(Duration.ofMillis(100));
    }
  }

  /**
   * After a kill -9 and a restart: waits until a second attempt runs the job (PROCESSING with
   * attempt 2 or more, or already DONE after one), at most {@code limit} after the server was
   * ready, and prints the recovery times for docs/performance.md.
   */
  public static void assertRunningAgainWithin(
      Duration limit, String what, String token, String jobId, Instant killed, Instant ready) {
    long deadline = System.nanoTime() + limit.toNanos();
    JsonObject job = null;
    while (System.nanoTime() < deadline) {
      job = Api.get("/api/v1/jobs/" + jobId, token).assertStatus(200).json();
      String status = job.getString("status");
      if (job.getInt("attempts") >= 2 && (status.equals("PROCESSING") || status.equals("DONE"))) {
        Instant again = Instant.now();
        System.out.printf(
            "RECOVERY %s: server ready %d ms after the kill, attempt %d %s %d ms after that"
                + " (%d ms in all)%n",
            what,
            Duration.between(killed, ready).toMillis(),
            job.getInt("attempts"),
            status,
            Duration.between(ready, again).toMillis(),
            Duration.between(killed, again).toMillis());
        return;
      }
      pause(Duration.ofMillis(100));
    }
    fail(
        what
            + " job "
            + jobId
            + " was not running again "
            + limit
            + " after the restarted server was ready; last "
            + job);
  }

  public static boolean isFinal(JsonObject progress) {
    String status = progress.getString("status");
    return status.equals("DONE") || status.equals("FAILED") || status.equals("CANCELLED");
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
