package kr.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Operator;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} as an operator's scraper sees it after a job (docs/operations.md, Metrics), and
 * as nobody else does. Counts are read before and after, so other tests' jobs do not matter.
 */
class MetricsIT {

  private static final String QUEUE = "academy-excel-jobs";
  private static final List<String> QUEUES =
      List.of(
          "academy-video-jobs",
          "academy-ai-jobs-lite",
          "academy-ai-jobs-basic",
          "academy-ai-jobs-premium",
          "academy-messaging-jobs",
          QUEUE);
  private static final Map<String, String> EXPORT_DONE =
      Map.of("type", "STUDENT_EXPORT", "status", "DONE");

  @Test
  void aFinishedJobIsCountedAndTimedBesideTheQueuesRedisThePoolAndTheEndpoint() throws Exception {
    double before = value(scrape(), "academy_jobs_ended_total", EXPORT_DONE).orElse(0);

    Academy academy = Academy.open("metrics");
    academy.addStudent("김하늘", "010-2000-0001");
    String jobId = Jobs.exportAll(academy.ownerToken());
    JsonObject job = Jobs.awaitFinal(academy.ownerToken(), jobId, Duration.ofSeconds(60));
    assertEquals("DONE", job.getString("status"), job.toString());

    // The counter moves once the worker's transaction has committed, a moment after the job reads
    // DONE to others.
    String metrics = scrape();
    for (int i = 0;
        i < 50 && value(metrics, "academy_jobs_ended_total", EXPORT_DONE).orElse(0) <= before;
        i++) {
      Jobs.pause(Duration.ofMillis(100));
      metrics = scrape();
    }
    final String body = metrics;
    // What an operator's scrape looks like, kept with the run's reports (docs/operations.md).
    Files.writeString(Path.of("target", "metrics-after-job.txt"), body);
    assertTrue(
        value(body, "academy_jobs_ended_total", EXPORT_DONE).orElse(0) >= before + 1,
        () -> lines(body, "academy_jobs_"));
    assertTrue(
        value(body, "academy_jobs_duration_seconds_count", EXPORT_DONE).orElse(0) >= 1,
        () -> lines(body, "academy_jobs_duration"));
    assertTrue(
        value(body, "academy_jobs_attempt_seconds_count", EXPORT_DONE).orElse(0) >= 1,
        () -> lines(body, "academy_jobs_attempt"));

    for (String queue : QUEUES) {
      Map<String, String> tag = Map.of("queue", queue);
      assertFalse(
          Double.isNaN(value(body, "academy_queue_messages", tag).orElseThrow()),
          () -> queue + ": " + lines(body, "academy_queue_"));
      assertTrue(value(body, "academy_queue_messages_in_flight", tag).isPresent(), queue);
      assertTrue(
          value(body, "academy_dlq_messages", Map.of("queue", queue + "-dlq")).isPresent(),
          () -> lines(body, "academy_dlq_"));
      assertTrue(value(body, "academy_mdb_slots_in_use", tag).isPresent(), queue);
      assertTrue(
          value(body, "academy_mdb_slots_max", tag).orElse(0) >= 1,
          () -> "role all consumes " + queue + ": " + lines(body, "academy_mdb_"));
    }

    assertTrue(
        value(body, "academy_redis_memory_used_bytes", Map.of()).orElse(0) > 0,
        () -> lines(body, "academy_redis_"));
    assertTrue(value(body, "academy_redis_evicted_keys", Map.of()).isPresent());
    assertTrue(
        value(body, "connectionpool_managedConnections", Map.of("datasource", "jdbc_academy"))
                .orElse(0)
            >= 1,
        () -> lines(body, "connectionpool_"));
    assertTrue(
        value(
                    body,
                    "REST_request_seconds_count",
                    Map.of("class", "kr.academy.web.students.StudentExportsResource"))
                .orElse(0)
            >= 1,
        () -> lines(body, "REST_request"));
  }

  @Test
  void metricsAreForTheOperatorOverTlsOnly() throws Exception {
    assertEquals(401, Operator.anonymousGet("/metrics").statusCode());

    HttpResponse<String> plain =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertNotEquals(200, plain.statusCode(), plain.body());
    assertFalse(plain.body().contains("academy_"), plain.body());
  }

  private static String scrape() throws Exception {
    HttpResponse<String> reply = Operator.get("/metrics");
    assertEquals(200, reply.statusCode(), reply.body());
    return reply.body();
  }

  /**
   * The value of the first sample of {@code name} carrying every one of {@code tags} (Prometheus
   * text: {@code name{k="v",...} value}); empty when there is none.
   */
  private static OptionalDouble value(String body, String name, Map<String, String> tags) {
    return body.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(
            line ->
                tags.entrySet().stream()
                    .allMatch(t -> line.contains(t.getKey() + "=\"" + t.getValue() + "\"")))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst();
  }

  private static String lines(String body, String prefix) {
    return String.join("\n", body.lines().filter(l -> l.startsWith(prefix)).toList());
  }
}
