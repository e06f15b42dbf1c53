package kr.academy.omr;

import static kr.academy.omr.OmrJson.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored form of an {@link OmrLayout}: the normalised template, the same for both formats. */
public final class LayoutJson {

  private LayoutJson() {}

  public static JsonObject write(OmrLayout layout) {
    JsonArrayBuilder steps = JSON.createArrayBuilder();
    layout
        .preprocessing()
        .forEach(
            s ->
                steps.add(
                    JSON.createObjectBuilder().add("name", s.name()).add("options", s.options())));
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    layout.fields().forEach(f -> fields.add(field(f, true)));
    JsonObjectBuilder custom = JSON.createObjectBuilder();
    layout
        .customLabels()
        .forEach((name, labels) -> custom.add(name, JSON.createArrayBuilder(labels)));
    return JSON.createObjectBuilder()
        .add("pageWidth", layout.pageWidth())
        .add("pageHeight", layout.pageHeight())
        .add("preprocessing", steps)
        .add("fields", fields)
        .add("customLabels", custom)
        .add("outputColumns", JSON.createArrayBuilder(layout.outputColumns()))
        .build();
  }

  /** A field as the API shows it; its bubbles' rectangles only when asked. */
  public static JsonObject field(TemplateField field, boolean withBubbles) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("label", field.label())
            .add("block", field.block())
            .add("kind", field.kind().name())
            .add("emptyValue", field.emptyValue())
            .add("values", JSON.createArrayBuilder(field.values()));
    if (withBubbles) {
      JsonArrayBuilder bubbles = JSON.createArrayBuilder();
      field
          .bubbles()
          .forEach(
              b ->
                  bubbles.add(
                      JSON.createObjectBuilder()
                          .add("value", b.value())
                          .add("x", b.x())
                          .add("y", b.y())
                          .add("width", b.width())
                          .add("height", b.height())));
      json.add("bubbles", bubbles);
    }
    return json.build();
  }

  public static OmrLayout read(String stored) {
    JsonObject json = OmrJson.object(stored);
    List<PreprocessingStep> steps = new ArrayList<>();
    for (JsonValue step : json.getJsonArray("preprocessing")) {
      JsonObject s = step.asJsonObject();
      steps.add(new PreprocessingStep(s.getString("name"), s.getJsonObject("options")));
    }
    List<TemplateField> fields = new ArrayList<>();
    for (JsonValue value : json.getJsonArray("fields")) {
      JsonObject f = value.asJsonObject();
      List<Bubble> bubbles = new ArrayList<>();
      for (JsonValue b : f.getJsonArray("bubbles")) {
        JsonObject o = b.asJsonObject();
        bubbles.add(
            new Bubble(
                o.getString("value"),
                o.getJsonNumber("x").doubleValue(),
                o.getJsonNumber("y").doubleValue(),
                o.getJsonNumber("width").doubleValue(),
                o.getJsonNumber("height").doubleValue()));
      }
      fields.add(
          new TemplateField(
              f.getString("label"),
              f.getString("block"),
              FieldKind.valueOf(f.getString("kind")),
              f.getString("emptyValue"),
              bubbles));
    }
    Map<String, List<String>> custom = new LinkedHashMap<>();
    json.getJsonObject("customLabels").forEach((name, labels) -> custom.put(name, strings(labels)));
    return new OmrLayout(
        json.getInt("pageWidth"),
        json.getInt("pageHeight"),
        steps,
        fields,
        custom,
        strings(json.getJsonArray("outputColumns")));
  }

  private static List<String> strings(JsonValue array) {
    return ((JsonArray) array)
        .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
