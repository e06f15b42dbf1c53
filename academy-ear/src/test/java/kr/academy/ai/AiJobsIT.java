package kr.academy.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import kr.academy.ai.status.StatusRegion;
import kr.academy.ai.status.Worksheets;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Multipart;
import kr.academy.support.PageFiles;
import org.junit.jupiter.api.Test;

/**
 * AI work end to end through {@code POST /api/v1/ai/jobs}: pages uploaded as an image and a PDF are
 * read on the AI worker, one result per page in the order sent; status detection against a blank
 * worksheet; a file corrupt past its headers fails its job with the file named; the same files with
 * the same Idempotency-Key are the same job; another academy sees none of it.
 */
class AiJobsIT {

  private static final String PATH = "/api/v1/ai/jobs";

  private static JsonObject done(Academy academy, String job) {
    JsonObject finished = Jobs.awaitFinal(academy.ownerToken(), job, Duration.ofSeconds(180));
    assertEquals("DONE", finished.getString("status"), finished::toString);
    return finished.getJsonObject("result");
  }

  private static List<JsonObject> pages(JsonObject result) {
    return result.getJsonArray("pages").getValuesAs(JsonObject.class);
  }

  @Test
  void pagesOfAnImageAndAPdfAreReadInTheOrderSent() {
    Academy academy = Academy.open("ai-ocr", "LITE");
    byte[] image =
        PageFiles.png(PageFiles.page(1240, 600, List.of("Homework page one", "숙제 첫째 쪽")));
    byte[] pdf =
        PageFiles.pdf(
            List.of(
                PageFiles.page(1240, 1754, List.of("Second page of the homework")),
                PageFiles.page(1240, 1754, List.of("Third page, the last one"))));
    Multipart request =
        new Multipart()
            .text("type", "OCR")
            .file("file", "first.png", image)
            .file("file", "rest.pdf", pdf);
    String job = Jobs.accepted(request.post(PATH, academy.ownerToken(), "ocr-order"));
    String again =
        Jobs.accepted(
            new Multipart()
                .text("type", "OCR")
                .file("file", "first.png", image)
                .file("file", "rest.pdf", pdf)
                .post(PATH, academy.ownerToken(), "ocr-order"));
    assertEquals(job, again);
    JsonObject result = done(academy, job);
    assertEquals("STANDARD", result.getString("mode"));
    assertEquals(3, result.getInt("pageCount"), result::toString);
    List<JsonObject> pages = pages(result);
    assertEquals("first.png", pages.get(0).getString("fileName"));
    assertEquals(2, pages.get(2).getInt("pageInFile"));
    assertTrue(pages.get(0).getString("text").contains("Homework"), pages.get(0)::toString);
    assertTrue(pages.get(0).getString("text").contains("숙제"), pages.get(0)::toString);
    assertTrue(pages.get(1).getString("text").contains("Second"), pages.get(1)::toString);
    assertTrue(pages.get(2).getString("text").contains("last"), pages.get(2)::toString);
    JsonObject line = pages.get(1).getJsonArray("lines").getJsonObject(0);
    assertTrue(line.getJsonObject("box").getInt("width") > 0, line::toString);

    Academy other = Academy.open("ai-ocr-other", "LITE");
    Api.get("/api/v1/jobs/" + job, other.ownerToken()).assertError(404, "NOT_FOUND");
  }

  @Test
  void homeworkIsCheckedAgainstTheBlankWorksheet() {
    Academy academy = Academy.open("ai-status", "BASIC");
    BufferedImage blank = Worksheets.blank();
    BufferedImage twoDone = Worksheets.write(Worksheets.write(blank, 0, 7, 1), 1, 7, 2);
    StringBuilder regions = new StringBuilder("[");
    for (StatusRegion r : Worksheets.answerRegions()) {
      regions
          .append(regions.length() > 1 ? "," : "")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "{\"name\":\"%s\",\"x\":%.5f,\"y\":%.5f,\"width\":%.5f,\"height\":%.5f}",
                  r.name(),
                  r.x(),
                  r.y(),
                  r.width(),
                  r.height()));
    }
    regions.append(']');
    String job =
        Jobs.accepted(
            new Multipart()
                .text("type", "STATUS_DETECT")
                .text("options", "{\"regions\":" + regions + "}")
                .file("file", "done.png", PageFiles.png(twoDone))
                .file("file", "empty.png", PageFiles.png(blank))
                .file("blank", "worksheet.png", PageFiles.png(blank))
                .post(PATH, academy.ownerToken(), null));
    JsonObject result = done(academy, job);
    assertTrue(result.getBoolean("againstBlank"), result::toString);
    JsonObject done = pages(result).get(0);
    assertEquals("PARTIAL", done.getString("status"), done::toString);
    List<String> byRegion =
        done.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("status"))
            .toList();
    assertEquals(List.of("COMPLETE", "COMPLETE", "BLANK", "BLANK"), byRegion, done::toString);
    assertEquals("BLANK", pages(result).get(1).getString("status"), result::toString);
  }

  @Test
  void aFileCorruptPastItsHeadersFailsItsJobNamingIt() {
    Academy academy = Academy.open("ai-corrupt", "BASIC");
    byte[] jpeg = PageFiles.jpeg(PageFiles.page(1240, 1754, List.of("cut short")));
    byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 3);
    String job =
        Jobs.accepted(
            new Multipart()
                .text("type", "OCR")
                .file("file", "cut.jpg", cut)
                .post(PATH, academy.ownerToken(), null));
    JsonObject failed = Jobs.awaitFinal(academy.ownerToken(), job, Duration.ofSeconds(120));
    assertEquals("FAILED", failed.getString("status"), failed::toString);
    assertTrue(failed.getString("error").contains("cut.jpg"), failed::toString);
  }
}
