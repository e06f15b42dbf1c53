package kr.academy.omr.exams;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.TemplateField;
import kr.academy.omr.TemplateFormat;
import kr.academy.omr.TemplateReader;
import kr.academy.omr.reading.FieldReading;
import kr.academy.omr.reading.ReadingFlag;
import kr.academy.omr.reading.SheetReading;

/**
 * The sheet the exam tests grade: five questions A–E ({@code q1}–{@code q5}), a two-digit answer
 * {@code q6} (custom label of {@code q6_1}, {@code q6_2}) and a four-digit student number {@code
 * studentId} ({@code id1}–{@code id4}), in the academy's template format; and readings of it as the
 * sheet reader would give them.
 */
final class SampleSheet {

  static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

  private SampleSheet() {}

  static OmrTemplate template() {
    JsonObject source = source();
    return OmrTemplate.of(
        "단원평가",
        TemplateReader.read(TemplateFormat.ACADEMY, source, null),
        source.toString(),
        null,
        1L,
        NOW);
  }

  private static final OmrLayout LAYOUT = template().layout();

  static OmrLayout layout() {
    return LAYOUT;
  }

  private static JsonObject source() {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    int row = 0;
    for (int q = 1; q <= 5; q++) {
      fields.add(field("q" + q, "MCQ", List.of("A", "B", "C", "D", "E"), row++));
    }
    List<String> digits = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    fields.add(field("q6_1", "INT", digits, row++));
    fields.add(field("q6_2", "INT", digits, row++));
    for (int d = 1; d <= 4; d++) {
      fields.add(field("id" + d, "INT", digits, row++));
    }
    return Json.createObjectBuilder()
        .add("page", Json.createObjectBuilder().add("width", 1000).add("height", 1400))
        .add("bubble", Json.createObjectBuilder().add("width", 20).add("height", 20))
        .add("fields", fields)
        .add(
            "customLabels",
            Json.createObjectBuilder()
                .add("q6", Json.createArrayBuilder().add("q6_1").add("q6_2"))
                .add(
                    "studentId",
                    Json.createArrayBuilder().add("id1").add("id2").add("id3").add("id4")))
        .build();
  }

  private static JsonObject field(String label, String kind, List<String> values, int row) {
    JsonArrayBuilder bubbles = Json.createArrayBuilder();
    for (int i = 0; i < values.size(); i++) {
      bubbles.add(
          Json.createObjectBuilder()
              .add("value", values.get(i))
              .add("x", 100 + 40 * i)
              .add("y", 50 + 40 * row));
    }
    return Json.createObjectBuilder()
        .add("label", label)
        .add("kind", kind)
        .add("bubbles", bubbles)
        .build();
  }

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  /**
   * A reading of the sheet: each field marked as {@code marks} says (a field not named is blank),
   * read with confidence 0.95, or 0.4 and LOW_CONFIDENCE for the fields in {@code doubtful}.
   */
  static SheetReading reading(Map<String, List<String>> marks, Set<String> doubtful) {
    List<FieldReading> fields = new ArrayList<>();
    for (TemplateField field : layout().fields()) {
      List<String> marked = marks.getOrDefault(field.label(), List.of());
      Set<ReadingFlag> flags = EnumSet.noneOf(ReadingFlag.class);
      if (marked.isEmpty()) {
        flags.add(ReadingFlag.BLANK);
      }
      if (marked.size() > 1) {
        flags.add(ReadingFlag.MULTIPLE);
      }
      boolean low = doubtful.contains(field.label());
      if (low) {
        flags.add(ReadingFlag.LOW_CONFIDENCE);
      }
      String value = marked.isEmpty() ? field.emptyValue() : String.join("", marked);
      fields.add(new FieldReading(field.label(), value, marked, low ? 0.4 : 0.95, flags));
    }
    return new SheetReading(SheetReading.Alignment.MARKERS, 128, fields, Map.of());
  }

  /** Student number digits as marks of id1..id4. */
  static Map<String, List<String>> number(String digits, Map<String, List<String>> answers) {
    Map<String, List<String>> marks = new java.util.HashMap<>(answers);
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) != ' ') {
        marks.put("id" + (i + 1), List.of(String.valueOf(digits.charAt(i))));
      }
    }
    return marks;
  }
}
