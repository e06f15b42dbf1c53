package kr.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A black-box client of the started server: plain HTTP and JSON, nothing of the application's own
 * classes. Every test makes its own academies with unique slugs, so tests run alone, in any order,
 * and again.
 */
public final class Api {

  public static final String ADMIN_PHONE = "01000000000";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  public static String baseUrl() {
    return "http://localhost:" + System.getProperty("academy.http.port", "9080");
  }

  /** An HTTP answer with its body read as JSON when it is JSON. */
  public record Reply(int status, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonStructure jsonStructure() {
      return Json.createReader(new StringReader(body)).read();
    }

    /** Asserts the API's error shape and code. */
    public Reply assertError(int expectedStatus, String expectedCode) {
      assertEquals(expectedStatus, status, () -> "unexpected status, body: " + body);
      JsonObject error = json();
      assertEquals(expectedCode, error.getString("error"), body);
      error.getString("message");
      error.getJsonArray("details");
      return this;
    }

    public Reply assertStatus(int expected) {
      assertEquals(expected, status, () -> "unexpected status, body: " + body);
      return this;
    }
  }

  public static Reply send(String method, String path, String token, String jsonBody) {
    return sendBytes(
        method, path, token, jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON body as bytes, which need not be UTF-8 at all. */
  public static Reply sendBytes(String method, String path, String token, byte[] jsonBody) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(jsonBody));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return send(request.build());
  }

  public static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** JSON-B leaves out null fields; either way the field has no value. */
  public static boolean hasNoValue(JsonObject object, String field) {
    return !object.containsKey(field) || object.isNull(field);
  }

  public static Reply get(String path, String token) {
    return send("GET", path, token, null);
  }

  public static Reply post(String path, String token, String json) {
    return send("POST", path, token, json);
  }

  public static Reply patch(String path, String token, String json) {
    return send("PATCH", path, token, json);
  }

  public static Reply delete(String path, String token) {
    return send("DELETE", path, token, null);
  }

  public static String login(String tenant, String phone, String password) {
    var body = Json.createObjectBuilder().add("phone", phone).add("password", password);
    if (tenant != null) {
      body.add("tenant", tenant);
    }
    return post("/api/v1/auth/login", null, body.build().toString())
        .assertStatus(200)
        .json()
        .getString("accessToken");
  }

  public static String adminToken() {
    return login(null, ADMIN_PHONE, System.getProperty("academy.admin.password", "admin"));
  }

  /** A unique slug, so repeated runs never collide. */
  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A unique valid mobile number, 010-9xxx-xxxx. */
  public static String uniqueMobile() {
    long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L);
    return String.format("0109%07d", n);
  }
}
