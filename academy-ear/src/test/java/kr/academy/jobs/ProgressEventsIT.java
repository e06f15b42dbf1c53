package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import org.junit.jupiter.api.Test;

/** The server-sent events of a running job: progress pushed through Redis, ending when it does. */
class ProgressEventsIT {

  @Test
  void aRunningJobsProgressArrivesAsEventsUntilItIsDone() throws Exception {
    Academy academy = Academy.openWithStudents("events", 60_000);
    String token = academy.ownerToken();
    String jobId = Jobs.exportAll(token);

    HttpResponse<java.util.stream.Stream<String>> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(Api.baseUrl() + "/api/v1/jobs/" + jobId + "/events"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    assertEquals(200, stream.statusCode());
    List<JsonObject> events =
        stream
            .body()
            .filter(line -> line.startsWith("data:"))
            .map(line -> read(line.substring("data:".length())))
            .toList();

    assertTrue(events.size() >= 2, "a first state and at least the end: " + events);
    JsonObject last = events.get(events.size() - 1);
    assertEquals("DONE", last.getString("status"), events.toString());
    assertEquals(jobId, last.getString("jobId"));
    for (JsonObject event : events.subList(0, events.size() - 1)) {
      assertTrue(!Jobs.isFinal(event), "only the last event is final: " + events);
    }
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json.strip()))) {
      return reader.readObject();
    }
  }
}
