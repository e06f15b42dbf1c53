package kr.academy.omr;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads OMRChecker's {@code template.json} as its master branch defines it: the keys and kinds of
 * src/schemas/template_schema.py, the field types of src/constants (FIELD_TYPES), and the bubble
 * positions of {@code FieldBlock.generate_bubble_grid} in src/template.py, computed the same way
 * (floating-point steps from the origin, each bubble rounded half-to-even like Python's {@code
 * round}); a block overflows the page by {@code validate_parsed_labels}' rule. Sources and what is
 * refused: docs/omr.md.
 */
final class OmrCheckerTemplates {

  /** OMRChecker's FIELD_TYPES: bubble values in order and the direction they run. */
  private record FieldType(FieldKind kind, List<String> values, boolean vertical) {}

  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private static final Map<String, FieldType> FIELD_TYPES =
      Map.of(
          "QTYPE_INT", new FieldType(FieldKind.INT, DIGITS, true),
          "QTYPE_INT_FROM_1",
              new FieldType(
                  FieldKind.INT, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), true),
          "QTYPE_MCQ4", new FieldType(FieldKind.MCQ, List.of("A", "B", "C", "D"), false),
          "QTYPE_MCQ5", new FieldType(FieldKind.MCQ, List.of("A", "B", "C", "D", "E"), false),
          "QTYPE_MCQ4_RTL", new FieldType(FieldKind.MCQ, List.of("D", "C", "B", "A"), false),
          "QTYPE_MCQ5_RTL", new FieldType(FieldKind.MCQ, List.of("E", "D", "C", "B", "A"), false));

  private static final Set<String> TOP_KEYS =
      Set.of(
          "pageDimensions",
          "bubbleDimensions",
          "preProcessors",
          "fieldBlocks",
          "customLabels",
          "outputColumns",
          "emptyValue");
  private static final Set<String> TOP_REQUIRED =
      Set.of("pageDimensions", "bubbleDimensions", "preProcessors", "fieldBlocks");
  private static final Set<String> BLOCK_KEYS =
      Set.of(
          "origin",
          "bubblesGap",
          "labelsGap",
          "fieldLabels",
          "fieldType",
          "bubbleValues",
          "direction",
          "emptyValue",
          "bubbleDimensions");
  private static final Set<String> BLOCK_REQUIRED =
      Set.of("origin", "bubblesGap", "labelsGap", "fieldLabels");

  static final int MAX_PAGE = 20_000;

  private final TemplateReading reading;

  OmrCheckerTemplates(TemplateReading reading) {
    this.reading = reading;
  }

  OmrLayout read(JsonObject template, String path) {
    reading.keys(template, path, TOP_KEYS, TOP_REQUIRED);
    int[] page =
        get(
            template,
            "pageDimensions",
            path,
            v -> reading.twoIntegers(v, path + ".pageDimensions", 1, MAX_PAGE));
    int[] bubble =
        get(
            template,
            "bubbleDimensions",
            path,
            v -> reading.twoIntegers(v, path + ".bubbleDimensions", 1, MAX_PAGE));
    String emptyValue =
        template.containsKey("emptyValue")
            ? reading.string(template.get("emptyValue"), path + ".emptyValue")
            : "";
    List<PreprocessingStep> steps =
        template.containsKey("preProcessors")
            ? new PreprocessingReader(reading)
                .read(template.get("preProcessors"), path + ".preProcessors")
            : List.of();
    List<TemplateField> fields = new ArrayList<>();
    JsonObject blocks =
        template.containsKey("fieldBlocks")
            ? reading.object(template.get("fieldBlocks"), path + ".fieldBlocks")
            : null;
    if (blocks != null && page != null && bubble != null) {
      if (blocks.isEmpty()) {
        reading.problem(path + ".fieldBlocks", "must hold at least one field block");
      }
      for (Map.Entry<String, JsonValue> block : blocks.entrySet()) {
        String at = path + ".fieldBlocks." + block.getKey();
        JsonObject object = reading.object(block.getValue(), at);
        if (object != null) {
          fields.addAll(
              block(
                  block.getKey(), object, at, page, bubble, emptyValue == null ? "" : emptyValue));
        }
      }
    }
    Map<String, List<String>> customLabels = new LinkedHashMap<>();
    // Labels of a block that could not be read would all be reported missing again.
    if (reading.failed()) {
      return null;
    }
    if (template.containsKey("customLabels")) {
      customLabels = customLabels(template.get("customLabels"), path + ".customLabels", fields);
    }
    List<String> outputColumns = new ArrayList<>();
    if (template.containsKey("outputColumns")) {
      outputColumns =
          outputColumns(
              template.get("outputColumns"), path + ".outputColumns", fields, customLabels);
    }
    if (reading.failed()) {
      return null;
    }
    return new OmrLayout(page[0], page[1], steps, fields, customLabels, outputColumns);
  }

  private static <T> T get(
      JsonObject object, String key, String path, java.util.function.Function<JsonValue, T> read) {
    return object.containsKey(key) ? read.apply(object.get(key)) : null;
  }

  private List<TemplateField> block(
      String name,
      JsonObject block,
      String at,
      int[] page,
      int[] globalBubble,
      String globalEmpty) {
    reading.keys(block, at, BLOCK_KEYS, BLOCK_REQUIRED);
    FieldType type = fieldType(block, at);
    int[] origin =
        get(block, "origin", at, v -> reading.twoIntegers(v, at + ".origin", 0, MAX_PAGE));
    Double bubblesGap =
        get(block, "bubblesGap", at, v -> reading.number(v, at + ".bubblesGap", 0, MAX_PAGE));
    Double labelsGap =
        get(block, "labelsGap", at, v -> reading.number(v, at + ".labelsGap", 0, MAX_PAGE));
    double[] bubble =
        block.containsKey("bubbleDimensions")
            ? reading.twoNumbers(
                block.get("bubbleDimensions"), at + ".bubbleDimensions", 0, MAX_PAGE)
            : new double[] {globalBubble[0], globalBubble[1]};
    String emptyValue =
        block.containsKey("emptyValue")
            ? reading.string(block.get("emptyValue"), at + ".emptyValue")
            : globalEmpty;
    List<String> strings =
        get(block, "fieldLabels", at, v -> reading.strings(v, at + ".fieldLabels"));
    List<String> labels =
        strings == null ? null : FieldLabels.expand(strings, at + ".fieldLabels", reading);
    if (type == null
        || origin == null
        || bubblesGap == null
        || labelsGap == null
        || bubble == null
        || labels == null) {
      return List.of();
    }
    if (labels.isEmpty()) {
      reading.problem(at + ".fieldLabels", "must name at least one field");
      return List.of();
    }
    // calculate_block_dimensions: int() truncates, as OMRChecker's own overflow check sees the
    // block.
    int along = type.vertical ? 1 : 0;
    int across = 1 - along;
    int valuesExtent = (int) (bubblesGap * (type.values.size() - 1) + bubble[along]);
    int fieldsExtent = (int) (labelsGap * (labels.size() - 1) + bubble[across]);
    int width = type.vertical ? fieldsExtent : valuesExtent;
    int height = type.vertical ? valuesExtent : fieldsExtent;
    if (origin[0] + width >= page[0] || origin[1] + height >= page[1]) {
      reading.problem(
          at + ".origin",
          "field block '"
              + name
              + "' falls outside the page: from ("
              + origin[0]
              + ", "
              + origin[1]
              + ") it is "
              + width
              + " x "
              + height
              + ", the page is "
              + page[0]
              + " x "
              + page[1]);
      return List.of();
    }
    // generate_bubble_grid: values step along the direction, fields step across it.
    List<TemplateField> fields = new ArrayList<>();
    double[] lead = {origin[0], origin[1]};
    for (String label : labels) {
      double[] point = lead.clone();
      List<Bubble> bubbles = new ArrayList<>();
      for (String value : type.values) {
        bubbles.add(
            new Bubble(value, Math.rint(point[0]), Math.rint(point[1]), bubble[0], bubble[1]));
        point[along] += bubblesGap;
      }
      fields.add(new TemplateField(label, name, type.kind, emptyValue, bubbles));
      lead[across] += labelsGap;
    }
    return fields;
  }

  /** {@code fieldType}, or {@code bubbleValues} with {@code direction}: one or the other. */
  private FieldType fieldType(JsonObject block, String at) {
    boolean typed = block.containsKey("fieldType");
    boolean custom = block.containsKey("bubbleValues") || block.containsKey("direction");
    if (typed && custom) {
      reading.problem(at, "give fieldType, or bubbleValues with direction, not both");
      return null;
    }
    if (typed) {
      String name = reading.string(block.get("fieldType"), at + ".fieldType");
      if (name == null) {
        return null;
      }
      FieldType type = FIELD_TYPES.get(name);
      if (type == null) {
        reading.problem(
            at + ".fieldType",
            "unknown field type '"
                + name
                + "'; OMRChecker's are "
                + String.join(", ", new java.util.TreeSet<>(FIELD_TYPES.keySet()))
                + " (or give bubbleValues with direction)");
      }
      return type;
    }
    if (!block.containsKey("bubbleValues") || !block.containsKey("direction")) {
      reading.problem(at, "needs fieldType, or bubbleValues with direction");
      return null;
    }
    List<String> values = reading.strings(block.get("bubbleValues"), at + ".bubbleValues");
    String direction = reading.string(block.get("direction"), at + ".direction");
    if (values != null && values.isEmpty()) {
      reading.problem(at + ".bubbleValues", "must hold at least one value");
      values = null;
    }
    if (direction != null && !direction.equals("horizontal") && !direction.equals("vertical")) {
      reading.problem(at + ".direction", "must be horizontal or vertical");
      direction = null;
    }
    return values == null || direction == null
        ? null
        : new FieldType(FieldKind.CUSTOM, values, direction.equals("vertical"));
  }

  /**
   * Every label of a custom label must be a field's, and no field may be in two
   * (parse_custom_labels).
   */
  private Map<String, List<String>> customLabels(
      JsonValue value, String path, List<TemplateField> fields) {
    Map<String, List<String>> custom = new LinkedHashMap<>();
    JsonObject object = reading.object(value, path);
    if (object == null) {
      return custom;
    }
    Set<String> known = labels(fields);
    Set<String> used = new java.util.HashSet<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String at = path + "." + entry.getKey();
      List<String> strings = reading.strings(entry.getValue(), at);
      if (strings == null) {
        continue;
      }
      List<String> labels = FieldLabels.expand(strings, at, reading);
      for (String label : labels) {
        if (!known.contains(label)) {
          reading.problem(at, "'" + label + "' is not the label of any field in fieldBlocks");
        } else if (!used.add(label)) {
          reading.problem(at, "'" + label + "' already belongs to another custom label");
        }
      }
      custom.put(entry.getKey(), labels);
    }
    return custom;
  }

  private List<String> outputColumns(
      JsonValue value, String path, List<TemplateField> fields, Map<String, List<String>> custom) {
    List<String> strings = reading.strings(value, path);
    if (strings == null) {
      return List.of();
    }
    List<String> columns = FieldLabels.expand(strings, path, reading);
    Set<String> known = labels(fields);
    known.addAll(custom.keySet());
    for (String column : columns) {
      if (!known.contains(column)) {
        reading.problem(path, "'" + column + "' is neither a field label nor a custom label");
      }
    }
    return columns;
  }

  private static Set<String> labels(List<TemplateField> fields) {
    Set<String> labels = new java.util.HashSet<>();
    fields.forEach(f -> labels.add(f.label()));
    return labels;
  }
}
