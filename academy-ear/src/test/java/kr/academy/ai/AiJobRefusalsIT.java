package kr.academy.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Multipart;
import kr.academy.support.PageFiles;
import kr.academy.support.Storage;
import org.junit.jupiter.api.Test;

/**
 * What {@code POST /api/v1/ai/jobs} refuses before anything is stored (docs/ai.md): the plan, the
 * parts and options, and files that are not pages, are too large (a decompression bomb among them)
 * or cannot be read. Each refusal leaves no job and no object in the AI bucket.
 */
class AiJobRefusalsIT {

  private static final String PATH = "/api/v1/ai/jobs";

  private static byte[] smallPage() {
    return PageFiles.png(PageFiles.page(400, 300, List.of("Homework 1")));
  }

  private static void assertNothingStored(Academy academy) {
    assertEquals(0, Api.get("/api/v1/jobs", academy.ownerToken()).json().getInt("total"));
    assertEquals(List.of(), Storage.keys("academy-ai", "tenants/" + academy.id() + "/"));
  }

  @Test
  void workOutsideThePlanIsRefusedWith403NamingThePlan() {
    Academy lite = Academy.open("ai-plan", "LITE");
    Api.Reply omr =
        new Multipart()
            .text("type", "OMR_GRADE")
            .text("options", "{\"templateId\":\"00000000-0000-0000-0000-000000000000\"}")
            .file("file", "sheet.png", smallPage())
            .post(PATH, lite.ownerToken(), null)
            .assertError(403, "PLAN_EXCLUDES_JOB_TYPE");
    assertTrue(omr.json().getString("message").contains("LITE"), omr.body());
    new Multipart()
        .text("type", "STATUS_DETECT")
        .file("file", "page.png", smallPage())
        .post(PATH, lite.ownerToken(), null)
        .assertError(403, "PLAN_EXCLUDES_JOB_TYPE");
    new Multipart()
        .text("type", "OCR")
        .text("options", "{\"mode\":\"ACCURATE\"}")
        .file("file", "page.png", smallPage())
        .post(PATH, lite.ownerToken(), null)
        .assertError(403, "PLAN_EXCLUDES_ACCURATE_OCR");
    assertNothingStored(lite);
  }

  @Test
  void malformedRequestsAreRefusedWithTheirField() {
    Academy academy = Academy.open("ai-parts", "BASIC");
    String token = academy.ownerToken();
    assertEquals(
        "type",
        new Multipart()
            .file("file", "page.png", smallPage())
            .post(PATH, token, null)
            .assertError(400, "VALIDATION_FAILED")
            .json()
            .getJsonArray("details")
            .getJsonObject(0)
            .getString("field"));
    new Multipart()
        .text("type", "HOMEWORK")
        .file("file", "page.png", smallPage())
        .post(PATH, token, null)
        .assertError(400, "VALIDATION_FAILED");
    new Multipart()
        .text("type", "OCR")
        .post(PATH, token, null)
        .assertError(400, "VALIDATION_FAILED");
    new Multipart()
        .text("type", "OCR")
        .file("files", "page.png", smallPage())
        .post(PATH, token, null)
        .assertError(400, "VALIDATION_FAILED");
    new Multipart()
        .text("type", "OCR")
        .text("options", "{\"mode\":")
        .file("file", "page.png", smallPage())
        .post(PATH, token, null)
        .assertError(400, "MALFORMED_JSON");
    new Multipart()
        .text("type", "OCR")
        .text("options", "{\"language\":\"fr\"}")
        .file("file", "page.png", smallPage())
        .post(PATH, token, null)
        .assertError(400, "VALIDATION_FAILED");
    new Multipart()
        .text("type", "OMR_GRADE")
        .file("file", "sheet.png", smallPage())
        .post(PATH, token, null)
        .assertError(400, "VALIDATION_FAILED");
    new Multipart()
        .text("type", "OCR")
        .file("file", "page.png", smallPage())
        .file("blank", "blank.png", smallPage())
        .post(PATH, token, null)
        .assertError(400, "VALIDATION_FAILED");
    assertNothingStored(academy);
  }

  @Test
  void filesThatAreNotPagesAreRefusedBeforeAnythingIsStored() {
    Academy academy = Academy.open("ai-files", "BASIC");
    String token = academy.ownerToken();
    Api.Reply text =
        new Multipart()
            .text("type", "OCR")
            .file("file", "page.png", "not an image".getBytes(StandardCharsets.UTF_8))
            .post(PATH, token, null)
            .assertError(415, "UNSUPPORTED_FILE_TYPE");
    assertTrue(text.json().getString("message").contains("page.png"), text.body());
    // The good first file is not kept when the second is refused.
    new Multipart()
        .text("type", "OCR")
        .file("file", "good.png", smallPage())
        .file("file", "bomb.png", PageFiles.whitePng(20_000, 20_000))
        .post(PATH, token, null)
        .assertError(413, "PAYLOAD_TOO_LARGE");
    Api.Reply encrypted =
        new Multipart()
            .text("type", "OCR")
            .file(
                "file",
                "locked.pdf",
                PageFiles.encryptedPdf(List.of(PageFiles.page(400, 300, List.of("x")))))
            .post(PATH, token, null)
            .assertError(422, "UNREADABLE_FILE");
    assertTrue(encrypted.json().getString("message").contains("locked.pdf"), encrypted.body());
    byte[] pdf = PageFiles.pdf(List.of(PageFiles.page(400, 300, List.of("x"))));
    new Multipart()
        .text("type", "OCR")
        .file("file", "cut.pdf", Arrays.copyOf(pdf, 40))
        .post(PATH, token, null)
        .assertError(422, "UNREADABLE_FILE");
    assertNothingStored(academy);
  }

  @Test
  void premiumReadsMorePagesInOneJobThanBasic() {
    // ./academy test sets academy.ai.max-pages 3 and academy.ai.premium.max-pages 6.
    byte[] fourPages =
        PageFiles.pdf(
            java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(n -> PageFiles.page(400, 300, List.of("page " + n)))
                .toList());
    Academy basic = Academy.open("ai-basic-pages", "BASIC");
    Api.Reply refused =
        new Multipart()
            .text("type", "OCR")
            .file("file", "four.pdf", fourPages)
            .post(PATH, basic.ownerToken(), null)
            .assertError(413, "PAYLOAD_TOO_LARGE");
    assertTrue(refused.json().getString("message").contains("BASIC"), refused.body());
    assertNothingStored(basic);
    Academy premium = Academy.open("ai-premium-pages", "PREMIUM");
    String job =
        Jobs.accepted(
            new Multipart()
                .text("type", "OCR")
                .file("file", "four.pdf", fourPages)
                .post(PATH, premium.ownerToken(), null));
    Api.get("/api/v1/jobs/" + job, basic.ownerToken()).assertError(404, "NOT_FOUND");
    Api.post("/api/v1/jobs/" + job + "/cancel", premium.ownerToken(), null);
  }

  @Test
  void anotherAcademysTemplateOrExamIsNotFound() {
    Academy other = Academy.open("ai-other", "BASIC");
    String template =
        Api.post(
                "/api/v1/omr/templates",
                other.ownerToken(),
                """
                {"name": "theirs", "template": {"page": {"width": 600, "height": 800},
                 "bubble": {"width": 20, "height": 20}, "fields": [{"label": "q1", "kind": "MCQ",
                 "bubbles": [{"value": "1", "x": 100, "y": 100}, {"value": "2", "x": 130, "y": 100}]}]}}
                """)
            .assertStatus(201)
            .json()
            .getString("id");
    Academy academy = Academy.open("ai-mine", "BASIC");
    new Multipart()
        .text("type", "OMR_GRADE")
        .text("options", "{\"templateId\":\"" + template + "\"}")
        .file("file", "sheet.png", smallPage())
        .post(PATH, academy.ownerToken(), null)
        .assertError(404, "NOT_FOUND");
    String exam =
        Api.post(
                "/api/v1/exams",
                other.ownerToken(),
                "{\"title\": \"theirs\", \"templateId\": \""
                    + template
                    + "\", \"answerKey\": {\"q1\": \"2\"}}")
            .assertStatus(201)
            .json()
            .getString("id");
    new Multipart()
        .text("type", "OMR_GRADE")
        .text("options", "{\"examId\":\"" + exam + "\"}")
        .file("file", "sheet.png", smallPage())
        .post(PATH, academy.ownerToken(), null)
        .assertError(404, "NOT_FOUND");
    assertNothingStored(academy);
  }
}
