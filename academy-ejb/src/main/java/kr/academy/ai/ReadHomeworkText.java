package kr.academy.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import kr.academy.ai.ocr.Box;
import kr.academy.ai.ocr.OcrEngine;
import kr.academy.ai.ocr.OcrMode;
import kr.academy.ai.ocr.PageText;
import kr.academy.ai.ocr.TextLine;
import kr.academy.jobs.ProgressReporter;

/**
 * OCR: the text of every page in the job's mode, with its lines, their boxes in the page's pixels
 * and the engine's confidence, so a teacher's tool can show where each line was read.
 */
@ApplicationScoped
public class ReadHomeworkText {

  private JobPages pages;
  private OcrEngine engine;

  /** For CDI's proxy. */
  protected ReadHomeworkText() {}

  @Inject
  public ReadHomeworkText(JobPages pages, OcrEngine engine) {
    this.pages = pages;
    this.engine = engine;
  }

  public JsonObject read(AiJobInput input, ProgressReporter progress) throws IOException {
    OcrMode mode = AiOptions.ocrMode(input.options());
    PageResults results = new PageResults();
    pages.forEach(
        input,
        progress,
        "reading",
        page -> results.add(page, text(engine.read(page.image(), mode))));
    return results.build(Json.createObjectBuilder().add("mode", mode.name()));
  }

  private static JsonObjectBuilder text(PageText page) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (TextLine line : page.lines()) {
      Box box = line.box();
      lines.add(
          Json.createObjectBuilder()
              .add("text", line.text())
              .add(
                  "box",
                  Json.createObjectBuilder()
                      .add("x", box.x())
                      .add("y", box.y())
                      .add("width", box.width())
                      .add("height", box.height()))
              .add("confidence", rounded(line.confidence())));
    }
    return Json.createObjectBuilder()
        .add("text", page.text())
        .add("confidence", rounded(page.confidence()))
        .add("skewDegrees", Math.round(page.skewDegrees() * 10) / 10.0)
        .add("lines", lines);
  }

  private static double rounded(double confidence) {
    return Math.round(confidence * 1000) / 1000.0;
  }
}
