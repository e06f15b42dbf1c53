package kr.academy.support;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The spans the test server exported, read back from the local stack's trace collector ({@code
 * OTEL_EXPORTER_OTLP_ENDPOINT}, {@code /stand-in/spans}). Spans arrive in batches some seconds
 * after they end, so readers wait for what they expect.
 */
public final class Traces {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Traces() {}

  /** Waits until the spans with {@code attribute} = {@code value} satisfy {@code done}. */
  public static List<JsonObject> awaitWith(
      String attribute, String value, Predicate<List<JsonObject>> done, Duration timeout) {
    return await("attribute=" + encode(attribute) + "&value=" + encode(value), done, timeout);
  }

  /** Waits until the spans of trace {@code traceId} satisfy {@code done}. */
  public static List<JsonObject> awaitTrace(
      String traceId, Predicate<List<JsonObject>> done, Duration timeout) {
    return await("traceId=" + encode(traceId), done, timeout);
  }

  private static List<JsonObject> await(
      String query, Predicate<List<JsonObject>> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<JsonObject> spans = spans(query);
    while (!done.test(spans)) {
      if (System.nanoTime() > deadline) {
        return fail("the collector's spans for " + query + " never got there; last " + spans);
      }
      Jobs.pause(Duration.ofMillis(500));
      spans = spans(query);
    }
    return spans;
  }

  private static List<JsonObject> spans(String query) {
    URI uri = URI.create(System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT") + "/stand-in/spans?" + query);
    try {
      HttpResponse<String> response =
          HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return fail(
            "the trace collector answered " + response.statusCode() + ": " + response.body());
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readArray().getValuesAs(JsonObject.class);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
