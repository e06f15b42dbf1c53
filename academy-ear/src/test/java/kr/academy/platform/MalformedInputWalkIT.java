package kr.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import kr.academy.support.Jobs;
import kr.academy.support.ServerLog;
import kr.academy.support.Texting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document gets malformed input of every JSON kind, as the
 * owner of an academy (the platform admin on {@code /admin}) and with path ids that exist: bodies
 * that are arrays, strings, numbers, {@code null} or nested 1,000 deep; each field of a valid
 * example with the wrong type, an out-of-range number, a NUL, half a surrogate pair, bytes that are
 * not UTF-8 or 2 MB of text; unknown fields; and path and query parameters with the same text. Each
 * answer is a 4xx in the error shape that names no class, the server logs no incident, and no row
 * of the academy (or any academy) changes. An operation with a JSON body needs a valid example
 * below, so the walk grows with the API.
 */
class MalformedInputWalkIT {

  private static final String[] INTERNALS = {
    "kr.academy", "java.", "jakarta.", "org.eclipse", "com.ibm", "Exception", "SRVE", "<html"
  };
  private static final String[] METHODS = {"get", "put", "post", "delete", "patch"};
  private static final String DEEP = "[".repeat(1000) + "]".repeat(1000);

  /**
   * Markers put in a field as text and replaced in the body's bytes: what JSON-P will not write (a
   * value nested 1,000 deep, half a surrogate pair as an escape, bytes that are not UTF-8).
   */
  private static final Map<String, byte[]> MARKERS =
      Map.of(
          "\"@@deep@@\"", DEEP.getBytes(StandardCharsets.US_ASCII),
          "@@surrogate@@", "a\\ud800b".getBytes(StandardCharsets.US_ASCII),
          "@@not-utf-8@@", new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3});

  /** Tables with a tenant_id: every row of the academy in them must stay as it was. */
  private static final String[] TABLES = {
    "app_user",
    "tenant_membership",
    "student",
    "job",
    "job_outbox",
    "student_import_chunk",
    "messaging_settings",
    "message_batch",
    "message_recipient",
    "messaging_phone_list",
    "message_usage",
    "video",
    "video_page",
    "omr_template",
    "exam",
    "exam_sheet"
  };

  private static Academy academy;
  private static String admin;
  private static long student;
  private static String job;
  private static String batch;
  private static String video;
  private static String exam;
  private static final Map<String, JsonObject> EXAMPLES = new LinkedHashMap<>();

  @BeforeAll
  static void openAcademyWithOneOfEverything() {
    academy = Academy.open("walk");
    admin = Api.adminToken();
    student = academy.addStudent("김하나", Api.uniqueMobile());
    Texting.setUp(academy);
    String later = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(30).withNano(0).toString();
    batch =
        Texting.accepted(
            Texting.send(
                academy,
                Json.createObjectBuilder()
                    .add(
                        "recipients",
                        Json.createObjectBuilder()
                            .add("phones", Json.createArrayBuilder().add(Api.uniqueMobile())))
                    .add("text", "다음 달 안내")
                    .add("scheduledAt", later)
                    .build()
                    .toString()));
    job = Jobs.exportAll(academy.ownerToken());
    Jobs.awaitFinal(academy.ownerToken(), job, Duration.ofSeconds(60));
    Api.send("PUT", "/api/v1/messaging/opt-outs/" + Api.uniqueMobile(), academy.ownerToken(), null)
        .assertStatus(200);

    video =
        Api.post(
                "/api/v1/media/videos",
                academy.ownerToken(),
                "{\"title\":\"강의\",\"fileName\":\"a.mp4\",\"contentType\":\"video/mp4\","
                    + "\"sizeBytes\":1000}")
            .assertStatus(201)
            .json()
            .getString("id");

    String template =
        Api.post(
                "/api/v1/omr/templates",
                academy.ownerToken(),
                "{\"name\":\"주간평가\",\"template\":{\"page\":{\"width\":600,\"height\":800},"
                    + "\"bubble\":{\"width\":20,\"height\":20},\"fields\":[{\"label\":\"q1\","
                    + "\"kind\":\"MCQ\",\"bubbles\":[{\"value\":\"1\",\"x\":100,\"y\":100}]}]}}")
            .assertStatus(201)
            .json()
            .getString("id");
    String examJson =
        "{\"title\":\"단원평가\",\"templateId\":\"" + template + "\",\"answerKey\":{\"q1\":\"1\"}}";
    exam =
        Api.post("/api/v1/exams", academy.ownerToken(), examJson)
            .assertStatus(201)
            .json()
            .getString("id");

    example("POST /api/v1/auth/login", academy.loginJson());
    example("POST /api/v1/exams", examJson);
    example(
        "PATCH /api/v1/exams/{id}/sheets/{sheetId}",
        "{\"answers\":{\"q1\":\"1\"},\"studentId\":" + student + ",\"reviewed\":true}");
    example(
        "POST /api/v1/media/videos",
        "{\"title\":\"2강\",\"fileName\":\"b.mp4\",\"contentType\":\"video/mp4\",\"sizeBytes\":2000}");
    example(
        "POST /api/v1/media/videos/{id}/complete",
        "{\"parts\":[{\"partNumber\":1,\"etag\":\"abc\"}]}");
    example("PATCH /api/v1/media/videos/{id}", "{\"title\":\"새 제목\",\"published\":true}");
    example(
        "POST /api/v1/media/playback-sessions/{id}/heartbeat",
        "{\"positionSeconds\":12.5,\"playing\":true,\"rate\":1}");
    example(
        "POST /api/v1/omr/templates",
        "{\"name\":\"단원평가\",\"template\":{\"page\":{\"width\":600,\"height\":800},"
            + "\"bubble\":{\"width\":20,\"height\":20},\"fields\":[{\"label\":\"q1\","
            + "\"kind\":\"MCQ\",\"bubbles\":[{\"value\":\"1\",\"x\":100,\"y\":100}]}]}}");
    example(
        "PUT /api/v1/me/password",
        "{\"currentPassword\":\""
            + Academy.OWNER_PASSWORD
            + "\",\"newPassword\":\"walked-owner-secret\"}");
    example(
        "POST /api/v1/admin/tenants",
        "{\"slug\":\""
            + Api.uniqueSlug("walked")
            + "\",\"name\":\"새 학원\",\"plan\":\"LITE\",\"owner\":{\"name\":\"원장\",\"phone\":\""
            + Api.uniqueMobile()
            + "\",\"password\":\"owner-secret-2\"}}");
    example("PUT /api/v1/admin/tenants/{id}/message-quota", "{\"monthlyQuota\":500}");
    example("POST /api/v1/jobs", "{\"type\":\"STUDENT_EXPORT\",\"input\":{\"q\":\"김\"}}");
    example(
        "POST /api/v1/messages",
        "{\"recipients\":{\"studentIds\":["
            + student
            + "],\"target\":\"PARENTS\",\"phones\":[\""
            + Api.uniqueMobile()
            + "\"]},\"text\":\"내일 휴원합니다\",\"subject\":\"공지\",\"kind\":\"LMS\",\"scheduledAt\":\""
            + later
            + "\",\"advertisement\":false}");
    example(
        "PUT /api/v1/messaging/settings",
        "{\"senderNumber\":\""
            + Texting.uniqueSender()
            + "\",\"senderName\":\"학원\",\"optOutNumber\":\"0801234567\",\"kakaoChannelId\":\"KA01PF\",\"alimtalkFallback\":true}");
    example(
        "POST /api/v1/students",
        "{\"name\":\"이두리\",\"phone\":\""
            + Api.uniqueMobile()
            + "\",\"parentPhone\":\""
            + Api.uniqueMobile()
            + "\",\"school\":\"한국중학교\",\"grade\":\"중2\",\"memo\":\"메모\"}");
    example("PATCH /api/v1/students/{id}", "{\"name\":\"김한나\",\"memo\":\"새 메모\"}");
    example("POST /api/v1/students/exports", "{\"q\":\"김\"}");
    example(
        "POST /api/v1/tenant/members",
        "{\"name\":\"교사\",\"phone\":\""
            + Api.uniqueMobile()
            + "\",\"password\":\"teacher-secret\",\"role\":\"TEACHER\"}");
  }

  private static void example(String operation, String json) {
    EXAMPLES.put(operation, Json.createReader(new StringReader(json)).readObject());
  }

  @Test
  void everyOperationRefusesMalformedInputWithTheErrorShapeAndWritesNothing() throws Exception {
    JsonObject document = openApi();
    Map<String, String> before = snapshot();
    ServerLog log = ServerLog.mark();
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (var path : document.getJsonObject("paths").entrySet()) {
      for (String method : METHODS) {
        JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
        if (operation == null) {
          continue;
        }
        String name = method.toUpperCase() + " " + path.getKey();
        String token = path.getKey().startsWith("/api/v1/admin/") ? admin : academy.ownerToken();
        List<Attempt> attempts = new ArrayList<>();
        JsonObject body = jsonBody(document, operation);
        JsonObject example = EXAMPLES.get(name);
        if (operation.containsKey("requestBody")) {
          if (body != null) {
            assertTrue(example != null, () -> name + " has a JSON body: give the walk an example");
            bodyVariants(document, body, example, attempts);
          } else {
            topLevelKinds(null, attempts);
          }
        }
        for (Attempt parameter : parameterVariants(operation)) {
          attempts.add(
              new Attempt(
                  parameter.what(),
                  parameter.query(),
                  parameter.pathValues(),
                  example == null ? null : bytes(example)));
        }
        for (Attempt attempt : attempts) {
          sent++;
          String target = fill(path.getKey(), attempt.pathValues()) + attempt.query();
          Api.Reply reply = Api.sendBytes(method.toUpperCase(), target, token, attempt.body());
          String problem = problemWith(reply);
          if (problem != null) {
            failures.add(name + " with " + attempt.what() + ": " + problem);
          }
        }
      }
    }
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + sent
            + " refused badly:\n"
            + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    assertTrue(sent > 500, "the walk sent " + sent + " requests");
    assertEquals(before, snapshot(), "nothing of the academy changed");
    String written = log.written();
    assertFalse(written.contains("UnexpectedErrorMapper"), written);
    assertFalse(written.contains("SRVE0777E"), written);
  }

  private record Attempt(String what, String query, Map<String, String> pathValues, byte[] body) {}

  /** Why an answer to malformed input is wrong, or null when it is a proper refusal. */
  private static String problemWith(Api.Reply reply) {
    if (reply.status() < 400 || reply.status() >= 500) {
      return "status " + reply.status() + " " + abbreviated(reply.body());
    }
    for (String internal : INTERNALS) {
      if (reply.body().contains(internal)) {
        return "names " + internal + ": " + abbreviated(reply.body());
      }
    }
    if (!reply
        .raw()
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .startsWith("application/json")) {
      return "not JSON: " + abbreviated(reply.body());
    }
    JsonObject error;
    try {
      error = reply.json();
    } catch (RuntimeException e) {
      return "not a JSON object: " + abbreviated(reply.body());
    }
    if (!(error.get("error") instanceof JsonString)
        || !(error.get("message") instanceof JsonString)
        || !(error.get("details") instanceof JsonArray)) {
      return "not the error shape: " + abbreviated(reply.body());
    }
    if (!"no-store".equals(reply.raw().headers().firstValue("Cache-Control").orElse(null))) {
      return "no Cache-Control: no-store";
    }
    return null;
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  // --- bodies -------------------------------------------------------------------------------

  private static void topLevelKinds(JsonObject example, List<Attempt> attempts) {
    for (String kind :
        new String[] {
          "[]",
          "\"text\"",
          "42",
          "null",
          "true",
          DEEP,
          "{\"a\":".repeat(1000) + "1" + "}".repeat(1000),
          "{",
          "not json"
        }) {
      attempts.add(
          new Attempt(
              "body " + abbreviated(kind.length() > 20 ? kind.substring(0, 20) : kind),
              "",
              Map.of(),
              kind.getBytes(StandardCharsets.UTF_8)));
    }
    if (example != null) {
      attempts.add(
          new Attempt(
              "the example in an array",
              "",
              Map.of(),
              ("[" + example + "]").getBytes(StandardCharsets.UTF_8)));
    }
  }

  private static void bodyVariants(
      JsonObject document, JsonObject schema, JsonObject example, List<Attempt> attempts) {
    topLevelKinds(example, attempts);
    Map<String, JsonValue> fields = new LinkedHashMap<>(example);
    JsonObject properties = resolve(document, schema).getJsonObject("properties");
    if (properties != null) {
      for (var property : properties.entrySet()) {
        fields.putIfAbsent(
            property.getKey(), sampleOf(document, property.getValue().asJsonObject()));
      }
    }
    boolean tooLargeSent = false;
    for (var field : fields.entrySet()) {
      for (var variant : valueVariants(field.getValue()).entrySet()) {
        attempts.add(
            withField(example, List.of(field.getKey()), variant.getKey(), variant.getValue()));
      }
      if (field.getValue() instanceof JsonObject nested) {
        for (var inner : nested.entrySet()) {
          for (var variant : valueVariants(inner.getValue()).entrySet()) {
            attempts.add(
                withField(
                    example,
                    List.of(field.getKey(), inner.getKey()),
                    variant.getKey(),
                    variant.getValue()));
          }
        }
        attempts.add(
            withField(
                example,
                List.of(field.getKey(), "unknownField"),
                "an unknown field",
                Json.createValue(1)));
      }
      if (field.getValue() instanceof JsonArray array && !array.isEmpty()) {
        for (var variant : valueVariants(array.get(0)).entrySet()) {
          attempts.add(
              withField(
                  example, List.of(field.getKey(), "0"), variant.getKey(), variant.getValue()));
        }
      }
      if (!tooLargeSent && field.getValue() instanceof JsonString) {
        tooLargeSent = true;
        attempts.add(
            withField(
                example,
                List.of(field.getKey()),
                "2 MB of text",
                Json.createValue("가".repeat(700_000))));
      }
    }
    attempts.add(
        withField(example, List.of("unknownField"), "an unknown field", Json.createValue("x")));
  }

  /** A value of the schema's type, for fields the example leaves out. */
  private static JsonValue sampleOf(JsonObject document, JsonObject schema) {
    JsonObject resolved = resolve(document, schema);
    return switch (resolved.getString("type", "object")) {
      case "string" -> Json.createValue("x");
      case "integer", "number" -> Json.createValue(1);
      case "boolean" -> JsonValue.TRUE;
      case "array" -> Json.createArrayBuilder().add("x").build();
      default -> JsonValue.EMPTY_JSON_OBJECT;
    };
  }

  /**
   * Wrong types, out-of-range numbers and unstorable text for a value shaped like {@code valid}.
   */
  private static Map<String, JsonValue> valueVariants(JsonValue valid) {
    Map<String, JsonValue> variants = new LinkedHashMap<>();
    variants.put("nested 1,000 deep", Json.createValue("@@deep@@"));
    switch (valid.getValueType()) {
      case STRING -> {
        variants.put("a number for text", Json.createValue(123));
        variants.put("an array for text", JsonValue.EMPTY_JSON_ARRAY);
        variants.put("an object for text", JsonValue.EMPTY_JSON_OBJECT);
        variants.put("a NUL", Json.createValue("a\0b"));
        variants.put("half a surrogate pair", Json.createValue("@@surrogate@@"));
        variants.put("bytes that are not UTF-8", Json.createValue("@@not-utf-8@@"));
      }
      case NUMBER -> {
        variants.put("text for a number", Json.createValue("1"));
        variants.put("true for a number", JsonValue.TRUE);
        variants.put("20 digits", Json.createValue(new BigDecimal("99999999999999999999")));
        variants.put("1e308", Json.createValue(new BigDecimal("1e308")));
        variants.put("-1e400", Json.createValue(new BigDecimal("-1e400")));
        variants.put("a fraction", Json.createValue(1.5));
      }
      case TRUE, FALSE -> {
        variants.put("text for true/false", Json.createValue("true"));
        variants.put("a number for true/false", Json.createValue(1));
      }
      case OBJECT -> {
        variants.put("an array for an object", JsonValue.EMPTY_JSON_ARRAY);
        variants.put("text for an object", Json.createValue("x"));
      }
      case ARRAY -> {
        variants.put("an object for an array", JsonValue.EMPTY_JSON_OBJECT);
        variants.put("text for an array", Json.createValue("x"));
      }
      default -> {}
    }
    return variants;
  }

  private static Attempt withField(
      JsonObject example, List<String> path, String what, JsonValue value) {
    JsonValue changed = replaced(example, path, 0, value);
    return new Attempt(String.join(".", path) + ": " + what, "", Map.of(), bytes(changed));
  }

  private static JsonValue replaced(JsonValue at, List<String> path, int depth, JsonValue value) {
    if (depth == path.size()) {
      return value;
    }
    String key = path.get(depth);
    if (at instanceof JsonArray array) {
      var copy = Json.createArrayBuilder(array);
      copy.set(
          Integer.parseInt(key),
          replaced(array.get(Integer.parseInt(key)), path, depth + 1, value));
      return copy.build();
    }
    JsonObject object = at instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    JsonValue inner = object.containsKey(key) ? object.get(key) : JsonValue.EMPTY_JSON_OBJECT;
    return Json.createObjectBuilder(object)
        .add(key, replaced(inner, path, depth + 1, value))
        .build();
  }

  /** The JSON as UTF-8, with each marker replaced by what it stands for. */
  private static byte[] bytes(JsonValue json) {
    byte[] text = json.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
    for (int i = 0; i < text.length; i++) {
      int at = i;
      var marker =
          MARKERS.entrySet().stream()
              .filter(m -> startsAt(text, at, m.getKey().getBytes(StandardCharsets.US_ASCII)))
              .findFirst();
      if (marker.isPresent()) {
        out.writeBytes(marker.get().getValue());
        i += marker.get().getKey().length() - 1;
      } else {
        out.write(text[i]);
      }
    }
    return out.toByteArray();
  }

  private static boolean startsAt(byte[] text, int at, byte[] marker) {
    return at + marker.length <= text.length
        && Arrays.equals(text, at, at + marker.length, marker, 0, marker.length);
  }

  // --- parameters ---------------------------------------------------------------------------

  private static List<Attempt> parameterVariants(JsonObject operation) {
    List<Attempt> variants = new ArrayList<>();
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters == null) {
      return variants;
    }
    for (JsonValue p : parameters) {
      JsonObject parameter = p.asJsonObject();
      String name = parameter.getString("name");
      String in = parameter.getString("in");
      // A NUL in the path never reaches the application (HostileInputIT): Servlet 6 has the
      // container refuse it first, in its own words.
      List<String> values = new ArrayList<>(List.of("%ff%fe", "%ed%a0%80"));
      if (in.equals("query")) {
        values.add("a%00b");
      }
      boolean numeric =
          "integer".equals(parameter.getJsonObject("schema").getString("type", ""))
              || name.equals("page")
              || name.equals("size")
              || name.equals("waitSeconds");
      if (numeric) {
        values.addAll(List.of("99999999999999999999", "1.5", "-1", "1e3"));
      }
      for (String value : values) {
        if (in.equals("query")) {
          variants.add(new Attempt(name + "=" + value, "?" + name + "=" + value, Map.of(), null));
        } else if (in.equals("path")) {
          variants.add(new Attempt("{" + name + "}=" + value, "", Map.of(name, value), null));
        }
      }
    }
    return variants;
  }

  private static String fill(String template, Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("batchId", batch);
    values.put("list", "opt-outs");
    values.put("phone", Api.uniqueMobile());
    values.put("queue", "EXCEL");
    // No video of the walk is ready to play, so no playback URL is genuine: every one is refused.
    values.put("token", "not-a-playback-token");
    values.put("rendition", "360p");
    // No sheet has been read for the walk's exam: every correction names a sheet it lacks.
    values.put("sheetId", java.util.UUID.randomUUID().toString());
    values.put(
        "id",
        template.startsWith("/api/v1/admin/tenants")
            ? Long.toString(academy.id())
            : template.startsWith("/api/v1/jobs")
                ? job
                : template.startsWith("/api/v1/media/videos")
                    ? video
                    : template.startsWith("/api/v1/exams") ? exam : Long.toString(student));
    values.putAll(overrides);
    String path = template;
    for (var value : values.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    assertFalse(path.contains("{"), () -> "no value for a parameter of " + template);
    return path;
  }

  // --- plumbing -----------------------------------------------------------------------------

  private static JsonObject openApi() {
    return Api.send(
            HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/openapi"))
                .header("Accept", "application/json")
                .build())
        .assertStatus(200)
        .json();
  }

  /** The JSON schema of the operation's body, or null when it takes none or another type. */
  private static JsonObject jsonBody(JsonObject document, JsonObject operation) {
    JsonObject content =
        operation.getJsonObject("requestBody") == null
            ? null
            : operation.getJsonObject("requestBody").getJsonObject("content");
    if (content == null || !content.containsKey("application/json")) {
      return null;
    }
    return resolve(document, content.getJsonObject("application/json").getJsonObject("schema"));
  }

  private static JsonObject resolve(JsonObject document, JsonObject schema) {
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return schema;
  }

  /** Every row of the academy in every table, and how many academies and admins there are. */
  private static Map<String, String> snapshot() throws SQLException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String table : TABLES) {
      rows.put(
          table,
          Database.text(
              academy.id(),
              "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                  + table
                  + " t WHERE tenant_id = ?",
              academy.id()));
    }
    rows.put(
        "tenant",
        Database.text(
            academy.id(),
            "SELECT count(*) || ':' || max(CASE WHEN id = ? THEN md5(t::text) END) FROM tenant t",
            academy.id()));
    rows.put(
        "platform_admin", Database.text(academy.id(), "SELECT count(*)::text FROM platform_admin"));
    return rows;
  }
}
