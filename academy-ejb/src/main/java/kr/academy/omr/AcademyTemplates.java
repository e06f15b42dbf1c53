package kr.academy.omr;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the academy's own template JSON (docs/omr.md): the page, a default bubble size, the
 * preprocessing steps in OMRChecker's shape, and every field with its bubbles listed one by one, so
 * a sheet whose bubbles are not on a regular grid can be described exactly.
 */
final class AcademyTemplates {

  private static final Set<String> TOP_KEYS =
      Set.of("page", "bubble", "preprocessing", "emptyValue", "fields", "customLabels");
  private static final Set<String> FIELD_KEYS =
      Set.of("label", "kind", "block", "emptyValue", "bubbles");
  private static final Set<String> BUBBLE_KEYS = Set.of("value", "x", "y", "width", "height");
  private static final Set<String> SIZE_KEYS = Set.of("width", "height");

  private final TemplateReading reading;

  AcademyTemplates(TemplateReading reading) {
    this.reading = reading;
  }

  OmrLayout read(JsonObject template, String path) {
    reading.keys(template, path, TOP_KEYS, Set.of("page", "fields"));
    double[] page = size(template, "page", path, 1);
    double[] bubble = template.containsKey("bubble") ? size(template, "bubble", path, 1) : null;
    String emptyValue =
        template.containsKey("emptyValue")
            ? reading.string(template.get("emptyValue"), path + ".emptyValue")
            : "";
    List<PreprocessingStep> steps =
        template.containsKey("preprocessing")
            ? new PreprocessingReader(reading)
                .read(template.get("preprocessing"), path + ".preprocessing")
            : List.of();
    List<TemplateField> fields = new ArrayList<>();
    JsonArray array =
        template.containsKey("fields")
            ? reading.array(template.get("fields"), path + ".fields")
            : null;
    if (array != null) {
      if (array.isEmpty()) {
        reading.problem(path + ".fields", "must hold at least one field");
      }
      for (int i = 0; i < array.size(); i++) {
        String at = path + ".fields[" + i + "]";
        JsonObject field = reading.object(array.get(i), at);
        if (field != null) {
          TemplateField read = field(field, at, bubble, emptyValue);
          if (read != null) {
            fields.add(read);
          }
        }
      }
    }
    java.util.Map<String, List<String>> custom = new java.util.LinkedHashMap<>();
    if (template.containsKey("customLabels")) {
      JsonObject object = reading.object(template.get("customLabels"), path + ".customLabels");
      if (object != null) {
        Set<String> known = new java.util.HashSet<>();
        fields.forEach(f -> known.add(f.label()));
        Set<String> used = new java.util.HashSet<>();
        for (String name : object.keySet()) {
          String at = path + ".customLabels." + name;
          List<String> labels = reading.strings(object.get(name), at);
          if (labels == null) {
            continue;
          }
          for (String label : labels) {
            if (!known.contains(label)) {
              reading.problem(at, "'" + label + "' is not the label of any field");
            } else if (!used.add(label)) {
              reading.problem(at, "'" + label + "' already belongs to another custom label");
            }
          }
          custom.put(name, labels);
        }
      }
    }
    if (reading.failed()) {
      return null;
    }
    return new OmrLayout((int) page[0], (int) page[1], steps, fields, custom, List.of());
  }

  private double[] size(JsonObject parent, String key, String path, int min) {
    if (!parent.containsKey(key)) {
      return null;
    }
    String at = path + "." + key;
    JsonObject size = reading.object(parent.get(key), at);
    if (size == null) {
      return null;
    }
    reading.keys(size, at, SIZE_KEYS, SIZE_KEYS);
    if (!size.containsKey("width") || !size.containsKey("height")) {
      return null;
    }
    Integer width =
        reading.integer(size.get("width"), at + ".width", min, OmrCheckerTemplates.MAX_PAGE);
    Integer height =
        reading.integer(size.get("height"), at + ".height", min, OmrCheckerTemplates.MAX_PAGE);
    return width == null || height == null ? null : new double[] {width, height};
  }

  private TemplateField field(JsonObject field, String at, double[] bubble, String globalEmpty) {
    reading.keys(field, at, FIELD_KEYS, Set.of("label", "kind", "bubbles"));
    String label =
        field.containsKey("label") ? reading.string(field.get("label"), at + ".label") : null;
    if (label != null && label.isBlank()) {
      reading.problem(at + ".label", "must not be blank");
      label = null;
    }
    FieldKind kind = null;
    if (field.containsKey("kind")) {
      String name = reading.string(field.get("kind"), at + ".kind");
      try {
        kind = name == null ? null : FieldKind.valueOf(name);
      } catch (IllegalArgumentException e) {
        reading.problem(
            at + ".kind", "unknown kind '" + name + "'; the kinds are MCQ, INT, CUSTOM");
      }
    }
    String block =
        field.containsKey("block") ? reading.string(field.get("block"), at + ".block") : null;
    String emptyValue =
        field.containsKey("emptyValue")
            ? reading.string(field.get("emptyValue"), at + ".emptyValue")
            : globalEmpty;
    JsonArray array =
        field.containsKey("bubbles") ? reading.array(field.get("bubbles"), at + ".bubbles") : null;
    List<Bubble> bubbles = new ArrayList<>();
    if (array != null) {
      if (array.isEmpty()) {
        reading.problem(at + ".bubbles", "must hold at least one bubble");
      }
      Set<String> values = new java.util.HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        String b = at + ".bubbles[" + i + "]";
        Bubble read = bubble(reading.object(array.get(i), b), b, bubble);
        if (read != null) {
          if (!values.add(read.value())) {
            reading.problem(
                b + ".value",
                "'" + read.value() + "' is already the value of another bubble of this field");
          }
          bubbles.add(read);
        }
      }
    }
    return label == null || kind == null || array == null
        ? null
        : new TemplateField(label, block == null ? "" : block, kind, emptyValue, bubbles);
  }

  private Bubble bubble(JsonObject bubble, String at, double[] defaultSize) {
    if (bubble == null) {
      return null;
    }
    reading.keys(bubble, at, BUBBLE_KEYS, Set.of("value", "x", "y"));
    String value =
        bubble.containsKey("value") ? reading.string(bubble.get("value"), at + ".value") : null;
    Double x =
        bubble.containsKey("x")
            ? reading.number(bubble.get("x"), at + ".x", 0, OmrCheckerTemplates.MAX_PAGE)
            : null;
    Double y =
        bubble.containsKey("y")
            ? reading.number(bubble.get("y"), at + ".y", 0, OmrCheckerTemplates.MAX_PAGE)
            : null;
    Double width = dimension(bubble, "width", at, defaultSize == null ? null : defaultSize[0]);
    Double height = dimension(bubble, "height", at, defaultSize == null ? null : defaultSize[1]);
    if (value == null || x == null || y == null || width == null || height == null) {
      return null;
    }
    return new Bubble(value, x, y, width, height);
  }

  private Double dimension(JsonObject bubble, String key, String at, Double fallback) {
    if (bubble.containsKey(key)) {
      return reading.number(bubble.get(key), at + "." + key, 1, OmrCheckerTemplates.MAX_PAGE);
    }
    if (fallback == null) {
      reading.problem(at + "." + key, "is required when the template gives no bubble size");
    }
    return fallback;
  }
}
