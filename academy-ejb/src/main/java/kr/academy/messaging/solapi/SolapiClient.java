package kr.academy.messaging.solapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kr.academy.messaging.MessageContent;
import kr.academy.messaging.MessageType;
import kr.academy.messaging.OutgoingText;
import kr.academy.messaging.ProviderReceipt;
import kr.academy.messaging.TextProvider;
import kr.academy.platform.tracing.Tracing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Solapi's v4 messages API on the JDK's HTTP client, as the official SDKs call it (docs/solapi.md):
 * {@code POST /messages/v4/send-many/detail} to send, {@code GET /messages/v4/list} to find texts
 * and read their status. Each text carries its idempotency key in {@code customFields}, which is
 * how a call that ended in doubt is matched afterwards. Each call is a CLIENT span of the job's
 * trace (docs/operations.md, Traces).
 */
@ApplicationScoped
public class SolapiClient implements TextProvider {

  /** The {@code customFields} entry holding a text's idempotency key. */
  public static final String KEY_FIELD = "academyKey";

  /** Solapi takes at most 10,000 messages per request. */
  public static final int MAX_PER_REQUEST = 10_000;

  private static final int LIST_PAGE = 500;
  private static final int LIST_PAGES_MAX = 200;

  @Inject
  @ConfigProperty(name = "academy.solapi.base-url", defaultValue = "https://api.solapi.com")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "academy.solapi.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "academy.solapi.api-secret")
  Optional<String> apiSecret;

  @Inject
  @ConfigProperty(name = "academy.solapi.timeout", defaultValue = "30")
  long timeoutSeconds;

  @Inject Clock clock;
  @Inject Tracing tracing;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public Map<UUID, ProviderReceipt> send(
      String senderNumber, MessageContent content, List<OutgoingText> texts)
      throws Unavailable, Refused {
    if (texts.size() > MAX_PER_REQUEST) {
      throw new IllegalArgumentException("Solapi takes at most 10,000 messages per request");
    }
    JsonArrayBuilder messages = Json.createArrayBuilder();
    texts.forEach(text -> messages.add(message(senderNumber, content, text)));
    JsonObject body =
        Json.createObjectBuilder()
            .add("messages", messages)
            .add("allowDuplicates", false)
            .add("showMessageList", true)
            .build();
    JsonObject answer = call("POST", "/messages/v4/send-many/detail", body.toString());
    String groupId =
        answer.containsKey("groupInfo")
            ? answer.getJsonObject("groupInfo").getString("groupId", null)
            : null;
    Map<UUID, ProviderReceipt> receipts = new HashMap<>();
    for (JsonObject accepted : objects(answer, "messageList")) {
      receipt(accepted, groupId).ifPresent(r -> receipts.put(r.key(), r));
    }
    for (JsonObject failed : objects(answer, "failedMessageList")) {
      receipt(failed, groupId).ifPresent(r -> receipts.put(r.key(), r));
    }
    return receipts;
  }

  private static JsonObject message(String from, MessageContent content, OutgoingText text) {
    JsonObjectBuilder message =
        Json.createObjectBuilder()
            .add("to", text.phone())
            .add("from", from)
            .add("text", content.text())
            .add("type", text.type().name())
            .add("autoTypeDetect", false)
            .add("customFields", Json.createObjectBuilder().add(KEY_FIELD, text.key().toString()));
    if (text.type() == MessageType.LMS && content.subject() != null) {
      message.add("subject", content.subject());
    }
    if (text.type() == MessageType.ATA) {
      JsonObjectBuilder variables = Json.createObjectBuilder();
      content.variables().forEach((name, value) -> variables.add("#{" + name + "}", value));
      message.add(
          "kakaoOptions",
          Json.createObjectBuilder()
              .add("pfId", content.kakaoChannelId())
              .add("templateId", content.templateCode())
              .add("variables", variables)
              // The platform falls back itself, when the academy allows it, so the fallback is
              // one more text with its own key rather than the provider's silent replacement.
              .add("disableSms", true));
    }
    return message.build();
  }

  @Override
  public Map<UUID, ProviderReceipt> findSent(
      String senderNumber, Instant since, Collection<UUID> keys) throws Unavailable, Refused {
    Set<UUID> wanted = new HashSet<>(keys);
    Map<UUID, ProviderReceipt> found = new HashMap<>();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("from", senderNumber);
    query.put("dateType", "CREATED");
    query.put("startDate", since.toString());
    list(
        query,
        message ->
            receipt(message, message.getString("groupId", null))
                .filter(r -> wanted.contains(r.key()))
                .ifPresent(r -> found.put(r.key(), r)),
        () -> found.size() == wanted.size());
    return found;
  }

  @Override
  public Map<String, ProviderReceipt> reports(String groupId) throws Unavailable, Refused {
    Map<String, ProviderReceipt> reports = new HashMap<>();
    list(
        Map.of("groupId", groupId),
        message -> receipt(message, groupId).ifPresent(r -> reports.put(r.messageId(), r)),
        () -> false);
    return reports;
  }

  /** Pages through {@code GET /messages/v4/list}, whose {@code messageList} is keyed by id. */
  private void list(
      Map<String, String> filter,
      Consumer<JsonObject> each,
      java.util.function.BooleanSupplier enough)
      throws Unavailable, Refused {
    String startKey = null;
    for (int page = 0; page < LIST_PAGES_MAX; page++) {
      Map<String, String> query = new LinkedHashMap<>(filter);
      query.put("limit", String.valueOf(LIST_PAGE));
      if (startKey != null) {
        query.put("startKey", startKey);
      }
      JsonObject answer = call("GET", "/messages/v4/list?" + encode(query), null);
      JsonValue list = answer.get("messageList");
      if (list instanceof JsonObject byId) {
        byId.values().stream()
            .filter(JsonObject.class::isInstance)
            .map(JsonObject.class::cast)
            .forEach(each);
      }
      startKey = answer.isNull("nextKey") ? null : answer.getString("nextKey", null);
      if (startKey == null || enough.getAsBoolean()) {
        return;
      }
    }
  }

  private static Optional<ProviderReceipt> receipt(JsonObject message, String groupId) {
    JsonObject fields = message.getJsonObject("customFields");
    if (fields == null || !fields.containsKey(KEY_FIELD)) {
      return Optional.empty();
    }
    UUID key;
    try {
      key = UUID.fromString(fields.getString(KEY_FIELD));
    } catch (IllegalArgumentException | ClassCastException e) {
      return Optional.empty();
    }
    return Optional.of(
        new ProviderReceipt(
            key,
            message.getString("messageId", null),
            message.getString("groupId", groupId),
            string(message, "statusCode"),
            message.getString("statusMessage", message.getString("reason", null))));
  }

  private static String string(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
  }

  @Override
  public Duration callTimeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  private static List<JsonObject> objects(JsonObject answer, String name) {
    JsonValue value = answer.get(name);
    if (!(value instanceof jakarta.json.JsonArray array)) {
      return List.of();
    }
    return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }

  private JsonObject call(String method, String path, String body) throws Unavailable, Refused {
    String key = apiKey.filter(k -> !k.isBlank()).orElse(null);
    String secret = apiSecret.filter(s -> !s.isBlank()).orElse(null);
    if (key == null || secret == null) {
      throw new Refused(
          "Solapi credentials are not configured (academy.solapi.api-key, academy.solapi.api-secret)");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + path))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Authorization", SolapiSignature.header(key, secret, clock.instant()))
            .header("Accept", "application/json");
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = send(method, path, request.build());
    int status = response.statusCode();
    JsonObject answer = parse(response.body());
    if (status == 200) {
      return answer;
    }
    String error =
        "Solapi answered "
            + status
            + " "
            + answer.getString("errorCode", "")
            + ": "
            + answer.getString("errorMessage", "");
    if (status >= 500 || status == 429) {
      throw new Unavailable(error, null);
    }
    throw new Refused(error);
  }

  private HttpResponse<String> send(String method, String path, HttpRequest request)
      throws Unavailable {
    String route = path.replaceAll("\\?.*", "");
    try (Tracing.Span span =
        tracing.client(
            "Solapi " + method + " " + route,
            Map.of(
                "http.request.method", method,
                "server.address", request.uri().getHost(),
                "url.path", route))) {
      try {
        HttpResponse<String> response =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        span.attribute("http.response.status_code", Integer.toString(response.statusCode()));
        return response;
      } catch (IOException e) {
        span.failed(e);
        throw new Unavailable("Solapi could not be reached: " + e, e);
      } catch (InterruptedException e) {
        span.failed(e);
        Thread.currentThread().interrupt();
        throw new Unavailable("interrupted while calling Solapi", e);
      }
    }
  }

  private static JsonObject parse(String body) {
    try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static String encode(Map<String, String> query) {
    StringBuilder encoded = new StringBuilder();
    query.forEach(
        (name, value) -> {
          if (encoded.length() > 0) {
            encoded.append('&');
          }
          encoded
              .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return encoded.toString();
  }
}
