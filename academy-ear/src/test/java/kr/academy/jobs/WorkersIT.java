package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.stream.Collectors;
import kr.academy.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Every message-driven bean really consumes its queue. Liberty only logs a warning for an
 * activation spec whose id matches no bean, and the bean then never runs: this test is the guard.
 */
class WorkersIT {

  @Test
  void everyQueueHasAConsumerThatReceives() {
    JsonValue answers =
        Api.post("/api/v1/admin/queues/probe?waitSeconds=30", Api.adminToken(), null)
            .assertStatus(200)
            .jsonStructure();
    Set<String> received =
        answers.asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(answer -> answer.getBoolean("received"))
            .map(answer -> answer.getString("queue"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("VIDEO", "AI_LITE", "AI_BASIC", "AI_PREMIUM", "MESSAGING", "EXCEL"),
        received,
        answers.toString());
    for (JsonValue answer : answers.asJsonArray()) {
      JsonObject queue = answer.asJsonObject();
      assertTrue(queue.getString("name").startsWith("academy-"), queue.toString());
    }
  }

  @Test
  void onlyAPlatformAdminMayProbe() {
    String owner = kr.academy.support.Academy.open("probe").ownerToken();
    Api.post("/api/v1/admin/queues/probe", owner, null).assertStatus(403);
    Api.post("/api/v1/admin/queues/probe?waitSeconds=0", Api.adminToken(), null)
        .assertError(400, "VALIDATION_FAILED");
  }
}
