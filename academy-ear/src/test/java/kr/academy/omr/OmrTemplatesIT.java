package kr.academy.omr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import javax.imageio.ImageIO;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import org.junit.jupiter.api.Test;

/**
 * OMR templates over HTTP: OMRChecker's own sample and the academy's format stored and read back,
 * the refusals (outside the page, unknown field type, unsupported preprocessor, malformed JSON, a
 * LITE academy), another academy's 404 everywhere, and row-level security on the table.
 */
class OmrTemplatesIT {

  private static final String PATH = "/api/v1/omr/templates";

  private static final String ACADEMY_FORMAT =
      """
      {"page": {"width": 600, "height": 800}, "bubble": {"width": 20, "height": 20},
       "fields": [
         {"label": "q1", "kind": "MCQ", "bubbles": [
           {"value": "1", "x": 100, "y": 100}, {"value": "2", "x": 130, "y": 100}]},
         {"label": "q2", "kind": "MCQ", "bubbles": [
           {"value": "1", "x": 100, "y": 130}, {"value": "2", "x": 130, "y": 130}]}]}
      """;

  private static JsonObject sample1() throws Exception {
    try (InputStream in = OmrTemplatesIT.class.getResourceAsStream("/omr/sample1-template.json")) {
      return Json.createReader(in).readObject();
    }
  }

  private static String marker() throws Exception {
    BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_BYTE_GRAY);
    for (int x = 4; x < 20; x++) {
      for (int y = 4; y < 20; y++) {
        image.getRaster().setSample(x, y, 0, 255);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return Base64.getEncoder().encodeToString(png.toByteArray());
  }

  private static String request(String name, JsonValue template, String marker) {
    var body = Json.createObjectBuilder().add("name", name).add("template", template);
    if (marker != null) {
      body.add("markerImage", marker);
    }
    return body.build().toString();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static JsonObject edit(JsonObject template, String pointer, String value) {
    return Json.createPointer(pointer)
        .add(template, Json.createReader(new StringReader(value)).readValue())
        .asJsonObject();
  }

  @Test
  void omrCheckersSampleAndTheAcademysFormatAreStoredAndReadBack() throws Exception {
    Academy academy = Academy.open("omr-a");
    String token = academy.ownerToken();

    Api.Reply created =
        Api.post(PATH, token, request("2학기 모의고사", sample1(), marker())).assertStatus(201);
    JsonObject body = created.json();
    String id = body.getString("id");
    assertTrue(
        created.raw().headers().firstValue("Location").orElseThrow().endsWith(PATH + "/" + id));
    assertEquals("OMRCHECKER", body.getString("format"));
    assertEquals(1846, body.getInt("pageWidth"));
    assertEquals(1500, body.getInt("pageHeight"));
    assertEquals(35, body.getJsonArray("fields").size());
    assertEquals(21, body.getInt("questionCount"));
    assertTrue(body.getBoolean("hasMarkerImage"));

    JsonObject read = Api.get(PATH + "/" + id, token).assertStatus(200).json();
    JsonObject q4 =
        read.getJsonArray("fields").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("label").equals("q4"))
            .findFirst()
            .orElseThrow();
    assertEquals("MCQ", q4.getString("kind"));
    JsonObject d = q4.getJsonArray("bubbles").getJsonObject(3);
    assertEquals("D", d.getString("value"));
    assertEquals(121 + 3 * 59, d.getJsonNumber("x").intValue());
    assertEquals(860 + 3 * 50, d.getJsonNumber("y").intValue());
    assertEquals(sample1(), read.getJsonObject("template"));
    assertEquals(
        "CropOnMarkers", read.getJsonArray("preprocessing").getJsonObject(1).getString("name"));

    JsonObject own =
        Api.post(PATH, token, request("단원평가", json(ACADEMY_FORMAT), null)).assertStatus(201).json();
    assertEquals("ACADEMY", own.getString("format"));
    assertEquals(2, own.getInt("questionCount"));

    JsonObject list = Api.get(PATH + "?size=1", token).assertStatus(200).json();
    assertEquals(2, list.getInt("total"));
    assertEquals(own.getString("id"), list.getJsonArray("items").getJsonObject(0).getString("id"));

    Api.delete(PATH + "/" + own.getString("id"), token).assertStatus(204);
    Api.get(PATH + "/" + own.getString("id"), token).assertError(404, "NOT_FOUND");
    assertEquals(1, Api.get(PATH, token).json().getInt("total"));
  }

  @Test
  void whatCannotBeHonouredIsRefusedNamingItsPath() throws Exception {
    String token = Academy.open("omr-b").ownerToken();
    String marker = marker();

    Api.Reply outside =
        Api.post(
                PATH,
                token,
                request(
                    "밖",
                    edit(sample1(), "/fieldBlocks/MCQ_Block_Q17/origin", "[1700, 1195]"),
                    marker))
            .assertError(400, "INVALID_TEMPLATE");
    assertEquals(
        "template.fieldBlocks.MCQ_Block_Q17.origin",
        outside.json().getJsonArray("details").getJsonObject(0).getString("field"));

    Api.Reply type =
        Api.post(
                PATH,
                token,
                request(
                    "형", edit(sample1(), "/fieldBlocks/Roll/fieldType", "\"QTYPE_MCQ9\""), marker))
            .assertError(400, "INVALID_TEMPLATE");
    assertTrue(type.json().getString("message").contains("QTYPE_MCQ9"), type.body());

    Api.Reply step =
        Api.post(
                PATH,
                token,
                request(
                    "정렬",
                    edit(
                        sample1(),
                        "/preProcessors/0",
                        "{\"name\": \"FeatureBasedAlignment\", \"options\": {\"reference\": \"r.jpg\"}}"),
                    marker))
            .assertError(400, "INVALID_TEMPLATE");
    assertEquals(
        "template.preProcessors[0].name",
        step.json().getJsonArray("details").getJsonObject(0).getString("field"));

    Api.post(PATH, token, request("표식 없음", sample1(), null)).assertError(400, "VALIDATION_FAILED");
    Api.post(PATH, token, "{\"name\": \"깨짐\", \"template\": {\"fieldBlocks\": ")
        .assertError(400, "MALFORMED_JSON");
    Api.post(PATH, token, "{\"name\": \"배열\", \"template\": []}")
        .assertError(400, "MALFORMED_JSON");
    assertEquals(0, Api.get(PATH, token).json().getInt("total"));
  }

  @Test
  void aLiteAcademyHasNoOmr() throws Exception {
    String token = Academy.open("omr-c", "LITE").ownerToken();

    Api.post(PATH, token, request("LITE", json(ACADEMY_FORMAT), null))
        .assertError(403, "PLAN_EXCLUDES_OMR");
    Api.get(PATH, token).assertError(403, "PLAN_EXCLUDES_OMR");
  }

  @Test
  void anotherAcademysTemplateIsNotFoundAndRowLevelSecurityHolds() throws Exception {
    Academy a = Academy.open("omr-d");
    Academy b = Academy.open("omr-e");
    String id =
        Api.post(PATH, a.ownerToken(), request("A", json(ACADEMY_FORMAT), null))
            .assertStatus(201)
            .json()
            .getString("id");
    Api.post(PATH, b.ownerToken(), request("B", json(ACADEMY_FORMAT), null)).assertStatus(201);

    Api.get(PATH + "/" + id, b.ownerToken()).assertError(404, "NOT_FOUND");
    Api.delete(PATH + "/" + id, b.ownerToken()).assertError(404, "NOT_FOUND");
    Api.get(PATH + "/not-a-uuid", b.ownerToken()).assertError(404, "NOT_FOUND");
    assertEquals(1, Api.get(PATH, b.ownerToken()).json().getInt("total"));
    Api.get(PATH + "/" + id, a.ownerToken()).assertStatus(200);

    try (Connection c = Database.connectAsApplication()) {
      c.setAutoCommit(false);
      assertEquals(0, count(c, "SELECT count(*) FROM omr_template"), "no academy bound, no row");
      try (PreparedStatement bind =
          c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, Long.toString(a.id()));
        bind.execute();
      }
      assertEquals(1, count(c, "SELECT count(*) FROM omr_template"));
      assertEquals(0, count(c, "SELECT count(*) FROM omr_template WHERE tenant_id <> " + a.id()));
      c.rollback();
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (var rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
