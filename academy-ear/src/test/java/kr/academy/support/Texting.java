package kr.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Texting in tests: an academy's sender set up, batches sent and awaited over the API, and the
 * Solapi stand-in of the local stack steered and read ({@code /stand-in/...}): what it received is
 * what parents would have got.
 */
public final class Texting {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Texting() {}

  /** A unique Seoul landline, so each test's academy has a sender of its own at the stand-in. */
  public static String uniqueSender() {
    long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L);
    return String.format("023%07d", n);
  }

  /** Sets the academy's messaging settings from a JSON object and returns its sender number. */
  public static String setUp(Academy academy, String settingsJson) {
    return Api.send("PUT", "/api/v1/messaging/settings", academy.ownerToken(), settingsJson)
        .assertStatus(200)
        .json()
        .getString("senderNumber");
  }

  /** A sender of its own with only the sender number set. */
  public static String setUp(Academy academy) {
    return setUp(academy, "{\"senderNumber\":\"" + uniqueSender() + "\"}");
  }

  /** POSTs a batch; returns the reply (202 expected by most callers). */
  public static Api.Reply send(Academy academy, String json) {
    return Api.post("/api/v1/messages", academy.ownerToken(), json);
  }

  /** A batch to these numbers; {@code extra} holds more JSON members, or is null. */
  public static String toPhones(List<String> phones, String text, String extra) {
    return "{\"recipients\":{\"phones\":[\""
        + String.join("\",\"", phones)
        + "\"]},\"text\":\""
        + text
        + "\""
        + (extra == null ? "" : "," + extra)
        + "}";
  }

  /** A batch to one number; {@code extra} holds more JSON members, or is null. */
  public static String toPhone(String phone, String text, String extra) {
    return toPhones(List.of(phone), text, extra);
  }

  /** Schedules one text to one phone for {@code at}; returns the accepted batch's id. */
  public static String scheduled(Academy academy, String phone, String text, Instant at) {
    return accepted(send(academy, toPhone(phone, text, "\"scheduledAt\":\"" + at + "\"")));
  }

  /** The accepted batch's id. */
  public static String accepted(Api.Reply reply) {
    return reply.assertStatus(202).json().getString("batchId");
  }

  public static JsonObject batch(Academy academy, String batchId) {
    return Api.get("/api/v1/messages/" + batchId + "?size=100", academy.ownerToken())
        .assertStatus(200)
        .json();
  }

  /** Polls the batch until it matches. */
  public static JsonObject awaitBatch(
      Academy academy, String batchId, Predicate<JsonObject> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      last = batch(academy, batchId);
      if (done.test(last)) {
        return last;
      }
      Jobs.pause(Duration.ofMillis(100));
    }
    return fail("batch " + batchId + " did not get there in " + timeout + "; last " + last);
  }

  /** Polls until no recipient is held, queued, being sent or waiting for its report. */
  public static JsonObject awaitSettled(Academy academy, String batchId) {
    return awaitBatch(
        academy,
        batchId,
        b -> {
          JsonObject counts = b.getJsonObject("counts");
          return List.of("scheduled", "queued", "sending", "sent").stream()
              .allMatch(s -> counts.getInt(s) == 0);
        },
        Duration.ofSeconds(60));
  }

  /** The batch's recipients (first page of 100). */
  public static JsonArray recipients(JsonObject batch) {
    return batch.getJsonObject("recipients").getJsonArray("items");
  }

  /** The recipient row texting {@code phone}. */
  public static JsonObject recipient(JsonObject batch, String phone) {
    return recipients(batch).stream()
        .map(JsonObject.class::cast)
        .filter(r -> phone.equals(r.getString("phone", null)))
        .findFirst()
        .orElseGet(() -> fail("no recipient " + phone + " in " + batch));
  }

  // --- the stand-in -------------------------------------------------------------------------

  /** Every text the stand-in received from this sender (accepted or refused), oldest first. */
  public static JsonArray received(String sender) {
    return standIn("GET", "messages?from=" + sender, null).asJsonArray();
  }

  /** The texts the stand-in received for one phone. */
  public static List<JsonObject> receivedBy(String sender, String phone) {
    return received(sender).stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getString("to").equals(phone))
        .toList();
  }

  /** The stand-in received exactly one text for the phone, and not before {@code at}. */
  public static void assertReceivedOnceNotBefore(String sender, String phone, Instant at) {
    List<JsonObject> got = receivedBy(sender, phone);
    assertEquals(1, got.size(), got::toString);
    Instant received = Instant.parse(got.get(0).getString("receivedAt"));
    assertFalse(received.isBefore(at), "received at " + received + ", scheduled at " + at);
  }

  /** Steers how the stand-in treats a sender: registered, balance, failNext, delayMillis. */
  public static void steerSender(String sender, String json) {
    standIn("PUT", "senders/" + sender, json);
  }

  /** Steers how the stand-in treats a recipient: sendCode, reportCode, kakaoUser. */
  public static void steerRecipient(String phone, String json) {
    standIn("PUT", "recipients/" + phone, json);
  }

  /** The stand-in's counters: requests, authFailures. */
  public static JsonObject standInStats() {
    return standIn("GET", "stats", null).asJsonObject();
  }

  private static JsonValue standIn(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(System.getenv("ACADEMY_SOLAPI_BASE_URL") + "/stand-in/" + path));
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return fail(
            "stand-in " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readValue();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
