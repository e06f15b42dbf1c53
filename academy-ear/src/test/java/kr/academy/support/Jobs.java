package kr.academy.support;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.time.Duration;
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
