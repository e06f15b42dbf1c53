package kr.academy.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.jobs.ProgressReporter;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplates;
import kr.academy.omr.reading.FieldReading;
import kr.academy.omr.reading.SheetReader;
import kr.academy.omr.reading.SheetReading;
import kr.academy.omr.reading.SheetUnreadable;

/**
 * OMR_GRADE with a template and no exam: every sheet's marks are read and returned as they are,
 * without scores, each field with its confidence and flags; a sheet that cannot be matched to the
 * template says why and the others are still read.
 */
@ApplicationScoped
public class ReadAnswerSheets {

  private JobPages pages;
  private SheetReader reader;
  private OmrTemplates templates;

  /** For CDI's proxy. */
  protected ReadAnswerSheets() {}

  @Inject
  public ReadAnswerSheets(JobPages pages, SheetReader reader, OmrTemplates templates) {
    this.pages = pages;
    this.reader = reader;
    this.templates = templates;
  }

  public JsonObject read(AiJobInput input, UUID templateId, ProgressReporter progress)
      throws IOException {
    OmrTemplate template =
        templates
            .find(templateId)
            .orElseThrow(() -> DomainException.notFound("the job's template"));
    var layout = template.layout();
    var marker = template.marker();
    PageResults results = new PageResults();
    int[] unreadable = new int[1];
    pages.forEach(
        input,
        progress,
        "reading",
        page -> {
          try {
            results.add(page, reading(reader.read(page.image(), layout, marker)));
          } catch (SheetUnreadable e) {
            unreadable[0]++;
            results.add(page, Json.createObjectBuilder().add("unreadable", e.getMessage()));
          }
        });
    return results.build(
        Json.createObjectBuilder()
            .add("templateId", templateId.toString())
            .add("unreadableSheets", unreadable[0]));
  }

  /** A sheet's reading as the job's result shows it. */
  public static JsonObjectBuilder reading(SheetReading sheet) {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (FieldReading field : sheet.fields()) {
      JsonArrayBuilder flags = Json.createArrayBuilder();
      field.flags().stream().map(Enum::name).sorted().forEach(flags::add);
      fields.add(
          Json.createObjectBuilder()
              .add("label", field.label())
              .add("value", field.value())
              .add("marked", Json.createArrayBuilder(field.marked()))
              .add("confidence", Math.round(field.confidence() * 1000) / 1000.0)
              .add("flags", flags));
    }
    JsonObjectBuilder custom = Json.createObjectBuilder();
    sheet.customValues().forEach(custom::add);
    return Json.createObjectBuilder()
        .add("alignment", sheet.alignment().name())
        .add("threshold", Math.round(sheet.threshold() * 10) / 10.0)
        .add("customValues", custom)
        .add("fields", fields);
  }
}
