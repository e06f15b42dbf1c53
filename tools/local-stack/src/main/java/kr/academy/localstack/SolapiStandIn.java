package kr.academy.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for Solapi's v4 messages API (docs/solapi.md), strict where the real one is: it
 * checks the HMAC-SHA256 {@code Authorization} header (key, ±15 min clock, salt length, one use per
 * signature), the {@code send-many/detail} payload (known fields only, at most 10,000 messages,
 * EUC-KR text, byte limits, a subject only on LMS, AlimTalk options), and answers with Solapi's
 * shapes and status codes. It keeps every text it accepts, so tests can count what reached "the
 * carrier".
 *
 * <p>Tests steer it per sender and per recipient number through {@code /stand-in/...} (no auth): an
 * unregistered sender (1062), a balance (1030), failing or slow answers, an opted-out number
 * (1061), a number without KakaoTalk (3104 in the report), any report code.
 */
final class SolapiStandIn implements AutoCloseable {

  static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Charset EUC_KR = Charset.forName("EUC-KR");
  private static final Duration SKEW = Duration.ofMinutes(15);
  private static final int MAX_MESSAGES = 10_000;

  private final HttpServer server;
  private final SolapiAuthorization authorization;
  private final Map<String, StandInRecords.Sender> senders = new ConcurrentHashMap<>();
  private final Map<String, StandInRecords.Recipient> recipients = new ConcurrentHashMap<>();
  private final List<StandInRecords.Text> texts = new ArrayList<>();
  private final Map<String, Integer> stats = new ConcurrentHashMap<>();

  private SolapiStandIn(HttpServer server, String apiKey, String apiSecret) {
    this.server = server;
    this.authorization = new SolapiAuthorization(apiKey, apiSecret, SKEW);
  }

  static SolapiStandIn start(int port, String apiKey, String apiSecret) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(LocalStack.HOST, port), 64);
    SolapiStandIn standIn = new SolapiStandIn(server, apiKey, apiSecret);
    server.createContext("/", standIn::handle);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    return standIn;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.startsWith("/stand-in/")) {
        control(exchange, method, path.substring("/stand-in/".length()));
        return;
      }
      count("requests");
      String authError =
          authorization.check(exchange.getRequestHeaders().getFirst("Authorization"));
      if (authError != null) {
        count("authFailures");
        StandInHttp.error(exchange, 403, authError, "authorization refused: " + authError);
        return;
      }
      if (method.equals("POST") && path.equals("/messages/v4/send-many/detail")) {
        sendMany(exchange);
      } else if (method.equals("GET") && path.equals("/messages/v4/list")) {
        list(exchange, StandInHttp.query(exchange));
      } else {
        StandInHttp.error(
            exchange, 404, "ResourceNotFound", "no such resource: " + method + " " + path);
      }
    } catch (RuntimeException e) {
      StandInHttp.error(exchange, 500, "InternalError", String.valueOf(e));
    }
  }

  // --- send-many/detail
  // ---------------------------------------------------------------------------

  private void sendMany(HttpExchange exchange) throws IOException {
    JsonNode body;
    try {
      body = JSON.readTree(StandInHttp.read(exchange.getRequestBody()));
    } catch (RuntimeException e) {
      StandInHttp.error(exchange, 400, "ValidationError", "the body is not JSON");
      return;
    }
    JsonNode messages = body.get("messages");
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      StandInHttp.error(exchange, 400, "ValidationError", "messages must be a non-empty array");
      return;
    }
    if (messages.size() > MAX_MESSAGES) {
      StandInHttp.error(exchange, 400, "ValidationError", "at most 10,000 messages per request");
      return;
    }
    for (JsonNode message : messages) {
      String shape = SolapiPayloads.shapeError(message);
      if (shape != null) {
        StandInHttp.error(exchange, 400, "ValidationError", shape);
        return;
      }
    }
    StandInRecords.Sender sender = sender(messages.get(0).get("from").asString());
    synchronized (sender) {
      if (sender.failNext > 0) {
        sender.failNext--;
        StandInHttp.error(
            exchange, 503, "ServiceUnavailable", "the stand-in was told to fail this request");
        return;
      }
    }
    boolean allowDuplicates = body.path("allowDuplicates").asBoolean(false);
    String groupId = "G4V" + id();
    ArrayNode failed = JSON.createArrayNode();
    ArrayNode accepted = JSON.createArrayNode();
    Set<String> seen = new HashSet<>();
    Instant now = Instant.now();
    synchronized (texts) {
      for (JsonNode message : messages) {
        String to = message.get("to").asString();
        String code = statusAtReception(message, sender, seen.add(to) || allowDuplicates);
        String messageId = "M4V" + id();
        StandInRecords.Text text =
            new StandInRecords.Text(
                messageId,
                groupId,
                to,
                message.get("from").asString(),
                message.get("type").asString(),
                message.path("text").asString(null),
                message.path("subject").asString(null),
                message.get("kakaoOptions"),
                message.get("customFields"),
                code,
                now);
        texts.add(text);
        ObjectNode item = JSON.createObjectNode();
        item.put("messageId", messageId);
        item.put("to", to);
        item.put("from", text.from());
        item.put("type", text.type());
        item.put("country", "82");
        item.put("statusCode", code);
        item.put("statusMessage", SolapiPayloads.statusMessage(code));
        if (text.customFields() != null) {
          item.set("customFields", text.customFields());
        }
        (code.equals("2000") ? accepted : failed).add(item);
      }
    }
    ObjectNode count = JSON.createObjectNode();
    count.put("total", messages.size());
    count.put("registeredSuccess", accepted.size());
    count.put("registeredFailed", failed.size());
    ObjectNode groupInfo = JSON.createObjectNode();
    groupInfo.put("groupId", groupId);
    groupInfo.put("status", "SENDING");
    groupInfo.set("count", count);
    ObjectNode answer = JSON.createObjectNode();
    answer.set("groupInfo", groupInfo);
    answer.set("failedMessageList", failed);
    if (body.path("showMessageList").asBoolean(false)) {
      answer.set("messageList", accepted);
    }
    long delay = sender.delayMillis;
    if (delay > 0) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    StandInHttp.reply(exchange, 200, answer);
  }

  /** The code a message gets at reception: 2000 accepted, or why not (docs/solapi.md §5). */
  private String statusAtReception(
      JsonNode message, StandInRecords.Sender sender, boolean firstToThisNumber) {
    String type = message.get("type").asString();
    String text = message.path("text").asString("");
    JsonNode fields = message.get("customFields");
    if (fields != null) {
      for (String name : fields.propertyNames()) {
        JsonNode value = fields.get(name);
        if (name.length() > 30 || !value.isString() || value.asString().length() > 100) {
          return "1032";
        }
      }
    }
    if (!firstToThisNumber) {
      return "1026";
    }
    if (!message.get("to").asString().matches("01\\d{8,9}")) {
      return "1011";
    }
    if (!sender.registered) {
      return "1062";
    }
    StandInRecords.Recipient recipient = recipients.get(message.get("to").asString());
    if (recipient != null && recipient.sendCode != null) {
      return recipient.sendCode;
    }
    if (type.equals("ATA")) {
      JsonNode kakao = message.get("kakaoOptions");
      if (kakao == null || !kakao.path("pfId").isString() || !kakao.path("templateId").isString()) {
        return "1010";
      }
    } else {
      if (!EUC_KR.newEncoder().canEncode(text)) {
        return "1029";
      }
      int bytes = text.getBytes(EUC_KR).length;
      if (message.has("kakaoOptions")) {
        return "1033";
      }
      if (type.equals("SMS") && message.has("subject")) {
        return "1013";
      }
      if (message.has("subject")
          && message.get("subject").asString().getBytes(EUC_KR).length > 40) {
        return "1014";
      }
      if ((type.equals("SMS") && bytes > 90) || bytes > 2000) {
        return "1031";
      }
    }
    synchronized (sender) {
      if (sender.balance <= 0) {
        return "1030";
      }
      if (sender.balance != Long.MAX_VALUE) {
        sender.balance--;
      }
    }
    return "2000";
  }

  // --- list
  // ----------------------------------------------------------------------------------------

  private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
    int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
    int start = Integer.parseInt(query.getOrDefault("startKey", "0"));
    Instant since =
        query.containsKey("startDate")
            ? OffsetDateTime.parse(query.get("startDate")).toInstant()
            : Instant.EPOCH;
    List<StandInRecords.Text> matching = new ArrayList<>();
    synchronized (texts) {
      for (StandInRecords.Text text : texts) {
        if (query.containsKey("groupId") && !text.groupId().equals(query.get("groupId"))) {
          continue;
        }
        if (query.containsKey("from") && !text.from().equals(query.get("from"))) {
          continue;
        }
        if (text.receivedAt().isBefore(since)) {
          continue;
        }
        matching.add(text);
      }
    }
    ObjectNode byId = JSON.createObjectNode();
    int end = Math.min(matching.size(), start + limit);
    for (StandInRecords.Text text : matching.subList(Math.min(start, end), end)) {
      ObjectNode item = JSON.createObjectNode();
      String code = reportCode(text);
      item.put("messageId", text.messageId());
      item.put("groupId", text.groupId());
      item.put("to", text.to());
      item.put("from", text.from());
      item.put("type", text.type());
      item.put("statusCode", code);
      item.put("reason", SolapiPayloads.statusMessage(code));
      item.put("dateCreated", text.receivedAt().toString());
      if (text.customFields() != null) {
        item.set("customFields", text.customFields());
      }
      byId.set(text.messageId(), item);
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("startKey", String.valueOf(start));
    if (end < matching.size()) {
      answer.put("nextKey", String.valueOf(end));
    } else {
      answer.putNull("nextKey");
    }
    answer.put("limit", limit);
    answer.set("messageList", byId);
    StandInHttp.reply(exchange, 200, answer);
  }

  /** What a text's delivery report says: refused stays refused; else delivered unless steered. */
  private String reportCode(StandInRecords.Text text) {
    if (!text.statusCode().equals("2000")) {
      return text.statusCode();
    }
    StandInRecords.Recipient recipient = recipients.get(text.to());
    if (recipient == null) {
      return "4000";
    }
    if (text.type().equals("ATA") && !recipient.kakaoUser) {
      return "3104";
    }
    return recipient.reportCode != null ? recipient.reportCode : "4000";
  }

  // --- control -----------------------------------------------------------------------------------

  private void control(HttpExchange exchange, String method, String what) throws IOException {
    String[] parts = what.split("/");
    if (method.equals("PUT") && parts.length == 2 && parts[0].equals("senders")) {
      JsonNode body = JSON.readTree(StandInHttp.read(exchange.getRequestBody()));
      StandInRecords.Sender sender = sender(parts[1]);
      sender.registered = body.path("registered").asBoolean(sender.registered);
      sender.balance = body.has("balance") ? body.get("balance").asLong() : sender.balance;
      sender.failNext = body.path("failNext").asInt(sender.failNext);
      sender.delayMillis = body.path("delayMillis").asLong(sender.delayMillis);
      StandInHttp.reply(exchange, 200, JSON.createObjectNode());
    } else if (method.equals("PUT") && parts.length == 2 && parts[0].equals("recipients")) {
      JsonNode body = JSON.readTree(StandInHttp.read(exchange.getRequestBody()));
      StandInRecords.Recipient recipient =
          recipients.computeIfAbsent(parts[1], p -> new StandInRecords.Recipient());
      recipient.sendCode = body.path("sendCode").asString(recipient.sendCode);
      recipient.reportCode = body.path("reportCode").asString(recipient.reportCode);
      recipient.kakaoUser = body.path("kakaoUser").asBoolean(recipient.kakaoUser);
      StandInHttp.reply(exchange, 200, JSON.createObjectNode());
    } else if (method.equals("GET") && what.equals("messages")) {
      Map<String, String> query = StandInHttp.query(exchange);
      ArrayNode found = JSON.createArrayNode();
      synchronized (texts) {
        for (StandInRecords.Text text : texts) {
          if (query.containsKey("from") && !text.from().equals(query.get("from"))) {
            continue;
          }
          if (query.containsKey("to") && !text.to().equals(query.get("to"))) {
            continue;
          }
          found.add(JSON.valueToTree(text));
        }
      }
      StandInHttp.reply(exchange, 200, found);
    } else if (method.equals("GET") && what.equals("stats")) {
      ObjectNode answer = JSON.createObjectNode();
      stats.forEach(answer::put);
      StandInHttp.reply(exchange, 200, answer);
    } else {
      StandInHttp.error(
          exchange, 404, "ResourceNotFound", "no such stand-in control: " + method + " " + what);
    }
  }

  private StandInRecords.Sender sender(String number) {
    return senders.computeIfAbsent(number, n -> new StandInRecords.Sender());
  }

  private void count(String what) {
    stats.merge(what, 1, Integer::sum);
  }

  private static String id() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
  }
}
