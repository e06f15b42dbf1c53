package kr.academy.omr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.academy.omr.reading.painting.Camera;
import kr.academy.omr.reading.painting.Mark;
import kr.academy.omr.reading.painting.SheetMarks;
import kr.academy.omr.reading.painting.SheetPainter;
import kr.academy.omr.reading.painting.Shot;
import kr.academy.pages.PageImage;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Multipart;
import kr.academy.support.PageFiles;
import org.junit.jupiter.api.Test;

/**
 * Answer sheets graded end to end: a template in the academy's own format with a four-digit student
 * number and ten questions, an exam on it, sheets painted and photographed in the test and sent as
 * a PDF and a JPEG to {@code POST /exams/{id}/sheets}; the OMR_GRADE job reads them on the AI
 * worker, the results name the students by the last digits of their phones, the review lists what a
 * person must look at, and a correction re-scores. Another academy sees none of it.
 */
class ExamSheetsIT {

  private static final String ANSWERS = "3142531425";

  /** 1240 × 1754 (A4 at 150 dpi): a 4-digit number grid on top, ten questions of five below. */
  private static JsonObject template() {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (int digit = 1; digit <= 4; digit++) {
      JsonArrayBuilder bubbles = Json.createArrayBuilder();
      for (int value = 0; value <= 9; value++) {
        bubbles.add(bubble(String.valueOf(value), 200 + digit * 60, 200 + value * 50));
      }
      fields.add(field("id" + digit, "INT", bubbles));
    }
    for (int q = 1; q <= 10; q++) {
      JsonArrayBuilder bubbles = Json.createArrayBuilder();
      for (int choice = 1; choice <= 5; choice++) {
        bubbles.add(bubble(String.valueOf(choice), 300 + choice * 70, 800 + q * 80));
      }
      fields.add(field("q" + q, "MCQ", bubbles));
    }
    return Json.createObjectBuilder()
        .add("page", Json.createObjectBuilder().add("width", 1240).add("height", 1754))
        .add("bubble", Json.createObjectBuilder().add("width", 36).add("height", 36))
        .add("fields", fields)
        .add(
            "customLabels",
            Json.createObjectBuilder()
                .add("number", Json.createArrayBuilder(List.of("id1", "id2", "id3", "id4"))))
        .build();
  }

  private static JsonObjectBuilder bubble(String value, int x, int y) {
    return Json.createObjectBuilder().add("value", value).add("x", x).add("y", y);
  }

  private static JsonObjectBuilder field(String label, String kind, JsonArrayBuilder bubbles) {
    return Json.createObjectBuilder().add("label", label).add("kind", kind).add("bubbles", bubbles);
  }

  /** A sheet with the number and the answers marked firmly; "" leaves a question blank. */
  private static SheetMarks marks(String number, String answers) {
    SheetMarks marks = new SheetMarks();
    for (int d = 0; d < number.length(); d++) {
      marks.mark("id" + (d + 1), String.valueOf(number.charAt(d)), Mark.FULL);
    }
    for (int q = 0; q < answers.length(); q++) {
      if (answers.charAt(q) != '_') {
        marks.mark("q" + (q + 1), String.valueOf(answers.charAt(q)), Mark.FULL);
      }
    }
    return marks;
  }

  private static BufferedImage picture(PageImage page) {
    BufferedImage image =
        new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setDataElements(0, 0, page.width(), page.height(), page.gray());
    return image;
  }

  private static String lastFour(String phone) {
    String digits = phone.replaceAll("\\D", "");
    return digits.substring(digits.length() - 4);
  }

  @Test
  void sheetsAreGradedIntoTheExamReviewedAndCorrected() {
    // PREMIUM: ./academy test lets BASIC read only 3 pages a job (AiJobRefusalsIT), and 4 are sent.
    Academy academy = Academy.open("exam-sheets", "PREMIUM");
    String token = academy.ownerToken();
    String kimPhone = Api.uniqueMobile();
    String leePhone = Api.uniqueMobile();
    long kim = academy.addStudent("김민준", kimPhone);
    long lee = academy.addStudent("이서연", leePhone);
    String templateJson = template().toString();
    String templateId =
        Api.post(
                "/api/v1/omr/templates",
                token,
                "{\"name\": \"주간 모의고사\", \"template\": " + templateJson + "}")
            .assertStatus(201)
            .json()
            .getString("id");
    JsonObjectBuilder key = Json.createObjectBuilder();
    for (int q = 0; q < ANSWERS.length(); q++) {
      key.add("q" + (q + 1), String.valueOf(ANSWERS.charAt(q)));
    }
    String examId =
        Api.post(
                "/api/v1/exams",
                token,
                Json.createObjectBuilder()
                    .add("title", "12월 1주 모의고사")
                    .add("templateId", templateId)
                    .add("answerKey", key)
                    .build()
                    .toString())
            .assertStatus(201)
            .json()
            .getString("id");

    OmrLayout layout =
        TemplateReader.read(
                TemplateFormat.ACADEMY,
                Json.createReader(new StringReader(templateJson)).readObject(),
                null)
            .layout();
    SheetPainter painter = new SheetPainter(layout);
    // Kim: every answer right. Lee: q9 and q10 wrong, q3 marked twice. A stranger's number,
    // photographed at an angle: nobody on the roster.
    SheetMarks leeMarks = marks(lastFour(leePhone), "3142531452");
    leeMarks.mark("q3", "5", Mark.FULL);
    byte[] pdf =
        PageFiles.pdf(
            List.of(
                picture(painter.paint(marks(lastFour(kimPhone), ANSWERS), 1)),
                picture(painter.paint(leeMarks, 2))));
    String stranger = lastFour(kimPhone).equals("0000") ? "1111" : "0000";
    byte[] photo =
        PageFiles.jpeg(
            picture(
                Camera.shoot(painter.paint(marks(stranger, ANSWERS), 3), Shot.photographed(4), 3)));

    // A page of something else sent along: kept for review as unreadable, with the reason.
    byte[] notASheet =
        PageFiles.png(PageFiles.page(1240, 1754, List.of("가정통신문", "Parents' letter")));

    Academy other = Academy.open("exam-sheets-other", "BASIC");
    new Multipart()
        .file("file", "sheets.pdf", pdf)
        .post("/api/v1/exams/" + examId + "/sheets", other.ownerToken(), null)
        .assertError(404, "NOT_FOUND");

    String job =
        Jobs.accepted(
            new Multipart()
                .file("file", "1반.pdf", pdf)
                .file("file", "phone.jpg", photo)
                .file("file", "letter.png", notASheet)
                .post("/api/v1/exams/" + examId + "/sheets", token, null));
    JsonObject done = Jobs.awaitFinal(token, job, Duration.ofSeconds(180));
    assertEquals("DONE", done.getString("status"), done::toString);
    JsonObject result = done.getJsonObject("result");
    assertEquals(3, result.getInt("gradedSheets"), result::toString);
    assertEquals(1, result.getInt("unreadableSheets"), result::toString);
    Api.get("/api/v1/jobs/" + job, other.ownerToken()).assertError(404, "NOT_FOUND");

    JsonObject results = Api.get("/api/v1/exams/" + examId + "/results", token).json();
    assertEquals(4, results.getInt("total"), results::toString);
    Map<String, JsonObject> byNumber = new HashMap<>();
    JsonObject letter = null;
    for (JsonObject sheet : results.getJsonArray("items").getValuesAs(JsonObject.class)) {
      if (sheet.isNull("studentNumber")) {
        letter = sheet;
      } else {
        byNumber.put(sheet.getString("studentNumber"), sheet);
      }
    }
    assertTrue(letter != null && !letter.isNull("unreadableReason"), results::toString);
    JsonObject kimSheet = byNumber.get(lastFour(kimPhone));
    assertEquals(kim, kimSheet.getJsonObject("student").getJsonNumber("id").longValue());
    assertEquals(10.0, kimSheet.getJsonNumber("score").doubleValue(), kimSheet::toString);
    JsonObject leeSheet = byNumber.get(lastFour(leePhone));
    assertEquals(lee, leeSheet.getJsonObject("student").getJsonNumber("id").longValue());
    assertEquals(7.0, leeSheet.getJsonNumber("score").doubleValue(), leeSheet::toString);
    JsonObject strangerSheet = byNumber.get(stranger);
    assertEquals("UNKNOWN", strangerSheet.getString("match"), strangerSheet::toString);
    assertEquals(10.0, strangerSheet.getJsonNumber("score").doubleValue(), strangerSheet::toString);

    JsonObject review = Api.get("/api/v1/exams/" + examId + "/review", token).json();
    List<String> toReview =
        review.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("sheetId"))
            .toList();
    assertTrue(toReview.contains(leeSheet.getString("sheetId")), review::toString);
    assertTrue(toReview.contains(strangerSheet.getString("sheetId")), review::toString);
    assertTrue(toReview.contains(letter.getString("sheetId")), review::toString);
    assertTrue(!toReview.contains(kimSheet.getString("sheetId")), review::toString);

    String sheetPath = "/api/v1/exams/" + examId + "/sheets/" + leeSheet.getString("sheetId");
    Api.patch(sheetPath, other.ownerToken(), "{\"answers\": {\"q3\": \"4\"}}")
        .assertError(404, "NOT_FOUND");
    JsonObject corrected =
        Api.patch(sheetPath, token, "{\"answers\": {\"q3\": \"4\"}}").assertStatus(200).json();
    assertEquals(8.0, corrected.getJsonNumber("score").doubleValue(), corrected::toString);
    Api.get("/api/v1/exams/" + examId + "/results", other.ownerToken())
        .assertError(404, "NOT_FOUND");
  }
}
