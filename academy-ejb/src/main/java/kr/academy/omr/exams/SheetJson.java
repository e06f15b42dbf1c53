package kr.academy.omr.exams;

import static kr.academy.omr.OmrJson.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.academy.omr.OmrJson;
import kr.academy.omr.reading.ReadingFlag;

/** The stored JSON of a sheet's reading and corrections. */
final class SheetJson {

  private SheetJson() {}

  static String write(SheetMarks marks) {
    JsonObjectBuilder answers = JSON.createObjectBuilder();
    marks
        .answers()
        .forEach(
            (question, read) ->
                answers.add(
                    question,
                    JSON.createObjectBuilder()
                        .add("marked", JSON.createArrayBuilder(read.marked()))
                        .add("confidence", read.confidence())
                        .add("flags", names(read.flags()))));
    JsonObjectBuilder json = JSON.createObjectBuilder().add("answers", answers);
    marks
        .number()
        .ifPresent(
            n ->
                json.add(
                    "studentNumber",
                    JSON.createObjectBuilder()
                        .add("digits", n.digits())
                        .add("readable", n.readable())
                        .add("doubtful", n.doubtful())));
    return json.build().toString();
  }

  static SheetMarks marks(String stored) {
    JsonObject json = OmrJson.object(stored);
    Map<String, QuestionReading> answers = new LinkedHashMap<>();
    json.getJsonObject("answers")
        .forEach(
            (question, value) -> {
              JsonObject read = value.asJsonObject();
              answers.put(
                  question,
                  new QuestionReading(
                      strings(read.getJsonArray("marked")),
                      read.getJsonNumber("confidence").doubleValue(),
                      flags(read.getJsonArray("flags"))));
            });
    Optional<StudentNumber> number =
        Optional.ofNullable(json.getJsonObject("studentNumber"))
            .map(
                n ->
                    new StudentNumber(
                        n.getString("digits"), n.getBoolean("readable"), n.getBoolean("doubtful")));
    return new SheetMarks(answers, number);
  }

  static String write(Map<String, Correction> corrections) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    corrections.forEach(
        (question, c) -> {
          JsonObjectBuilder correction =
              JSON.createObjectBuilder()
                  .add("marked", JSON.createArrayBuilder(c.marked()))
                  .add("at", c.at().toString());
          if (c.by() != null) {
            correction.add("by", c.by());
          }
          json.add(question, correction);
        });
    return json.build().toString();
  }

  static Map<String, Correction> corrections(String stored) {
    Map<String, Correction> corrections = new LinkedHashMap<>();
    OmrJson.object(stored)
        .forEach(
            (question, value) -> {
              JsonObject c = value.asJsonObject();
              corrections.put(
                  question,
                  new Correction(
                      strings(c.getJsonArray("marked")),
                      c.containsKey("by") ? c.getJsonNumber("by").longValue() : null,
                      Instant.parse(c.getString("at"))));
            });
    return corrections;
  }

  static String writeIds(List<Long> ids) {
    JsonArrayBuilder json = JSON.createArrayBuilder();
    ids.forEach(json::add);
    return json.build().toString();
  }

  static List<Long> ids(String stored) {
    return OmrJson.array(stored).getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::longValue)
        .toList();
  }

  static <E extends Enum<E>> JsonArray names(Set<E> values) {
    JsonArrayBuilder json = JSON.createArrayBuilder();
    values.stream().sorted().forEach(v -> json.add(v.name()));
    return json.build();
  }

  static Set<SheetFlag> sheetFlags(String stored) {
    Set<SheetFlag> flags = EnumSet.noneOf(SheetFlag.class);
    OmrJson.array(stored)
        .getValuesAs(JsonString.class)
        .forEach(f -> flags.add(SheetFlag.valueOf(f.getString())));
    return flags;
  }

  private static Set<ReadingFlag> flags(JsonArray json) {
    Set<ReadingFlag> flags = EnumSet.noneOf(ReadingFlag.class);
    json.getValuesAs(JsonString.class).forEach(f -> flags.add(ReadingFlag.valueOf(f.getString())));
    return flags;
  }

  private static List<String> strings(JsonValue array) {
    return array.asJsonArray().getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
