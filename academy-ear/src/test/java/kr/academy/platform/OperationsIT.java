package kr.academy.platform;

import static kr.academy.support.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.stream.Collectors;
import kr.academy.support.Api;
import org.junit.jupiter.api.Test;

class OperationsIT {

  @Test
  void readinessReportsEveryDependencyUp() {
    JsonObject health = get("/health/ready", null).assertStatus(200).json();
    assertEquals("UP", health.getString("status"));
    Set<String> up =
        health.getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> "UP".equals(c.getString("status")))
            .map(c -> c.getString("name"))
            .collect(Collectors.toSet());
    assertTrue(up.containsAll(Set.of("database", "redis", "sqs", "storage")), up::toString);
  }

  @Test
  void livenessIsUpAndReportsEveryDependency() {
    JsonObject live = get("/health/live", null).assertStatus(200).json();
    assertEquals("UP", live.getString("status"));
    JsonObject data = check(live, "process").getJsonObject("data");
    for (String dependency : new String[] {"database", "redis", "sqs", "storage"}) {
      assertEquals("UP", data.getString(dependency), data::toString);
    }
    // No GPU on these machines: the AI engines say they run on the CPU (issue 13, PREMIUM).
    assertEquals(
        "cpu", check(live, "ai").getJsonObject("data").getString("device"), live::toString);
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }

  @Test
  void openApiDocumentCoversEveryEndpoint() {
    var reply =
        Api.send(
            HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/openapi"))
                .header("Accept", "application/json")
                .build());
    reply.assertStatus(200);
    JsonObject paths = reply.json().getJsonObject("paths");
    for (String path :
        new String[] {
          "/api/v1/auth/login",
          "/api/v1/auth/logout",
          "/api/v1/me",
          "/api/v1/me/password",
          "/api/v1/admin/tenants",
          "/api/v1/tenant/members",
          "/api/v1/tenant/members/{userId}",
          "/api/v1/students",
          "/api/v1/students/{id}",
          "/api/v1/students/{id}/restore",
          "/api/v1/students/exports",
          "/api/v1/students/imports",
          "/api/v1/messaging/settings",
          "/api/v1/jobs",
          "/api/v1/jobs/{id}",
          "/api/v1/jobs/{id}/progress",
          "/api/v1/jobs/{id}/events",
          "/api/v1/jobs/{id}/cancel",
          "/api/v1/admin/queues/probe",
          "/api/v1/admin/queues/{queue}/redrive",
          "/api/v1/media/videos",
          "/api/v1/media/videos/{id}",
          "/api/v1/media/videos/{id}/complete",
          "/api/v1/media/videos/{id}/progress",
          "/api/v1/media/videos/{id}/playback-sessions",
          "/api/v1/media/videos/{id}/watch-stats",
          "/api/v1/media/playback/{token}/master.m3u8",
          "/api/v1/media/playback/{token}/{rendition}/index.m3u8",
          "/api/v1/media/playback-sessions/{id}",
          "/api/v1/media/playback-sessions/{id}/heartbeat",
          "/api/v1/students/{id}/watch-history",
          "/api/v1/omr/templates",
          "/api/v1/omr/templates/{id}",
          "/api/v1/ai/jobs",
          "/api/v1/exams",
          "/api/v1/exams/{id}",
          "/api/v1/exams/{id}/results",
          "/api/v1/exams/{id}/review",
          "/api/v1/exams/{id}/sheets",
          "/api/v1/exams/{id}/sheets/{sheetId}",
          "/api/v1/exams/{id}/results/export"
        }) {
      assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
    }
    assertEquals(47, paths.size(), () -> "undocumented or unexpected paths: " + paths.keySet());
  }

  @Test
  void openApiUiIsServed() {
    get("/openapi/ui/", null).assertStatus(200);
  }
}
