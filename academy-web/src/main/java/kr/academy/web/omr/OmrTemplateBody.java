package kr.academy.web.omr;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import kr.academy.omr.LayoutJson;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplateSummary;

/** How the API shows a template: a summary in lists, the layout when asked for one. */
final class OmrTemplateBody {

  private OmrTemplateBody() {}

  static JsonObject summary(OmrTemplateSummary t) {
    return Json.createObjectBuilder()
        .add("id", t.id().toString())
        .add("name", t.name())
        .add("format", t.format().name())
        .add("pageWidth", t.pageWidth())
        .add("pageHeight", t.pageHeight())
        .add("fieldCount", t.fieldCount())
        .add("questionCount", t.questionCount())
        .add("createdAt", t.createdAt().toString())
        .build();
  }

  /**
   * The template with its fields; {@code detail} adds each bubble's rectangle, the steps' options,
   * the custom labels and the JSON as uploaded.
   */
  static JsonObject of(OmrTemplate t, boolean detail) {
    OmrLayout layout = t.layout();
    JsonArrayBuilder fields = Json.createArrayBuilder();
    layout.fields().forEach(f -> fields.add(LayoutJson.field(f, detail)));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", t.templateId().toString())
            .add("name", t.name())
            .add("format", t.format().name())
            .add("pageWidth", t.pageWidth())
            .add("pageHeight", t.pageHeight())
            .add("fieldCount", t.fieldCount())
            .add("questionCount", t.questionCount())
            .add("fields", fields)
            .add("hasMarkerImage", t.marker().isPresent())
            .add("createdAt", t.createdAt().toString());
    if (!detail) {
      JsonArrayBuilder steps = Json.createArrayBuilder();
      layout.preprocessing().forEach(s -> steps.add(s.name()));
      return json.add("preprocessing", steps).build();
    }
    JsonObject normalised = LayoutJson.write(layout);
    try (var reader = Json.createReader(new StringReader(t.source()))) {
      return json.add("preprocessing", normalised.get("preprocessing"))
          .add("customLabels", normalised.get("customLabels"))
          .add("outputColumns", normalised.get("outputColumns"))
          .add("template", reader.readObject())
          .build();
    }
  }
}
