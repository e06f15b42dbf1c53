package kr.academy.omr.exams;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.academy.common.DomainException;
import kr.academy.omr.FieldKind;
import kr.academy.omr.FieldLabels;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateField;
import kr.academy.omr.TemplateReading;

/**
 * Reads an exam's answer key, scoring and student-number label against its template (docs/omr.md,
 * "Exams and grading"), or refuses them with 422 {@code INVALID_ANSWER_KEY} listing every problem
 * and its JSON path ({@code answerKey.q3}, {@code scoring.sections.국어.questions[0]}).
 */
public final class ExamKeyReader {

  static final String CODE = "INVALID_ANSWER_KEY";

  private static final Set<String> SCORING_KEYS =
      Set.of("marks", "penalty", "sections", "questions");
  private static final Set<String> SECTION_KEYS = Set.of("questions", "marks");
  private static final int SECTION_NAME_MAX = 100;

  private final OmrLayout layout;
  private final Map<String, TemplateField> fields = new HashMap<>();

  /** The template's answer columns: a custom label's fields, or a field on its own. */
  private final Map<String, List<String>> columns = new LinkedHashMap<>();

  private final TemplateReading reading =
      new TemplateReading(DomainException.Kind.UNPROCESSABLE, CODE, "the answer key");

  private ExamKeyReader(OmrLayout layout) {
    this.layout = layout;
    layout.fields().forEach(f -> fields.put(f.label(), f));
    Map<String, String> grouped = new HashMap<>();
    layout.customLabels().forEach((name, labels) -> labels.forEach(l -> grouped.put(l, name)));
    for (TemplateField field : layout.fields()) {
      String custom = grouped.get(field.label());
      if (custom == null) {
        columns.put(field.label(), List.of(field.label()));
      } else {
        columns.putIfAbsent(custom, layout.customLabels().get(custom));
      }
    }
  }

  /**
   * @param scoring null for the defaults: one mark a question, no sections, no penalty
   * @param studentNumber null for the template's only custom label made of digits that the key does
   *     not score, if it has one
   */
  public static ExamKey read(
      OmrLayout layout, JsonObject answerKey, JsonObject scoring, String studentNumber) {
    return new ExamKeyReader(layout).read(answerKey, scoring, studentNumber);
  }

  /**
   * A person's reading of some questions of a sheet ({@code "q3": "B"}, {@code ["B", "C"]} for
   * several marks, {@code ""} for none), checked against the key and the template: each question
   * with the values marked. Refused with 422 naming each problem under {@code answers}.
   */
  public static Map<String, List<String>> corrections(
      OmrLayout layout, ExamKey key, JsonObject answers) {
    return new ExamKeyReader(layout).corrections(key, answers);
  }

  private Map<String, List<String>> corrections(ExamKey key, JsonObject answers) {
    Map<String, List<String>> marked = new LinkedHashMap<>();
    answers.forEach(
        (label, value) -> {
          String at = "answers." + label;
          Optional<ExamQuestion> question = key.question(label);
          if (question.isEmpty()) {
            reading.problem(at, "'" + label + "' is not a question of this exam's answer key");
            return;
          }
          List<String> values = markedValues(value, at, question.get());
          if (values != null) {
            marked.put(label, values);
          }
        });
    reading.throwIfFailed();
    return marked;
  }

  private List<String> markedValues(JsonValue value, String at, ExamQuestion question) {
    if (value instanceof JsonString text) {
      if (text.getString().isEmpty()) {
        return List.of();
      }
      return onTheSheet(text.getString(), question.label(), at) ? List.of(text.getString()) : null;
    }
    if (!(value instanceof JsonArray array) || question.joined()) {
      reading.problem(
          at,
          question.joined()
              ? "must be the value read, as one string (\"\" for none)"
              : "must be the value marked, an array of the values marked, or \"\" for none");
      return null;
    }
    return array.isEmpty() ? List.of() : answerList(array, at, question.label());
  }

  private ExamKey read(JsonObject answerKey, JsonObject scoring, String studentNumber) {
    Optional<String> number =
        studentNumber(studentNumber, answerKey == null ? Set.of() : answerKey.keySet());
    Map<String, List<String>> accepted = answers(answerKey, number);
    JsonObject marking = scoring == null ? JsonValue.EMPTY_JSON_OBJECT : scoring;
    reading.keys(marking, "scoring", SCORING_KEYS, Set.of());
    BigDecimal marks =
        marking.containsKey("marks")
            ? marks(marking.get("marks"), "scoring.marks")
            : Marks.of(BigDecimal.ONE);
    BigDecimal penalty =
        marking.containsKey("penalty")
            ? marks(marking.get("penalty"), "scoring.penalty")
            : Marks.ZERO;
    Map<String, String> sectionOf = new HashMap<>();
    Map<String, BigDecimal> sectionMarks = new HashMap<>();
    List<String> sections = sections(marking.get("sections"), accepted, sectionOf, sectionMarks);
    Map<String, BigDecimal> own = ownMarks(marking.get("questions"), accepted);
    reading.throwIfFailed();
    List<ExamQuestion> questions = new ArrayList<>();
    accepted.forEach(
        (label, answers) -> {
          String section = sectionOf.get(label);
          BigDecimal mark =
              own.getOrDefault(
                  label, section == null ? marks : sectionMarks.getOrDefault(section, marks));
          questions.add(new ExamQuestion(label, columns.get(label), answers, mark, section));
        });
    return new ExamKey(
        questions, sections, penalty, number, number.map(columns::get).orElse(List.of()));
  }

  /**
   * The label holding the student's number: the one named, or else the only custom label made of
   * digits that the key does not score (a two-digit answer is a custom label of digits too).
   */
  private Optional<String> studentNumber(String named, Set<String> scored) {
    if (named == null) {
      List<String> digits =
          layout.customLabels().keySet().stream()
              .filter(label -> onlyDigits(label) && !scored.contains(label))
              .toList();
      return digits.size() == 1 ? Optional.of(digits.get(0)) : Optional.empty();
    }
    if (!columns.containsKey(named)) {
      reading.problem(
          "studentNumber",
          "'" + named + "' is neither a custom label nor a field of the template outside one");
    } else if (!onlyDigits(named)) {
      reading.problem(
          "studentNumber", "'" + named + "' must be read from digit fields (kind INT) only");
    }
    return Optional.of(named);
  }

  private boolean onlyDigits(String column) {
    return columns.get(column).stream().allMatch(f -> fields.get(f).kind() == FieldKind.INT);
  }

  /** Each question named with its accepted answers, in the template's order. */
  private Map<String, List<String>> answers(JsonObject answerKey, Optional<String> number) {
    Map<String, List<String>> accepted = new LinkedHashMap<>();
    if (answerKey == null || answerKey.isEmpty()) {
      reading.problem("answerKey", "must name at least one question of the template");
      return accepted;
    }
    for (String label : answerKey.keySet()) {
      String at = "answerKey." + label;
      if (!columns.containsKey(label)) {
        reading.problem(at, "'" + label + "' is not a question of the template");
      } else if (number.isPresent() && number.get().equals(label)) {
        reading.problem(at, "'" + label + "' holds the student's number, not an answer");
      }
    }
    for (String label : columns.keySet()) {
      if (answerKey.containsKey(label) && !number.map(label::equals).orElse(false)) {
        List<String> answers = answerList(answerKey.get(label), "answerKey." + label, label);
        if (answers != null) {
          accepted.put(label, answers);
        }
      }
    }
    return accepted;
  }

  private List<String> answerList(JsonValue value, String at, String label) {
    List<JsonValue> given;
    if (value instanceof JsonString) {
      given = List.of(value);
    } else if (value instanceof JsonArray array && !array.isEmpty()) {
      given = array;
    } else {
      reading.problem(at, "must be the correct answer, or an array of the answers accepted");
      return null;
    }
    Set<String> answers = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String path = value instanceof JsonArray ? at + "[" + i + "]" : at;
      String answer = reading.string(given.get(i), path);
      if (answer == null) {
        continue;
      }
      if (!answers.add(answer)) {
        reading.problem(path, "'" + answer + "' is given twice");
      } else {
        onTheSheet(answer, label, path);
      }
    }
    return List.copyOf(answers);
  }

  /**
   * Whether the sheet can show {@code answer} for the question; a problem at {@code path} if not.
   */
  private boolean onTheSheet(String answer, String label, String path) {
    List<TemplateField> parts = columns.get(label).stream().map(fields::get).toList();
    if (answer.isEmpty() || !readable(answer, parts, 0)) {
      reading.problem(
          path,
          "'"
              + answer
              + "' cannot be marked on the sheet: "
              + (parts.size() == 1
                  ? "the bubbles of " + label + " are " + String.join(", ", parts.get(0).values())
                  : label + " is read as one value of each of " + columns.get(label)));
      return false;
    }
    return true;
  }

  /** Whether {@code rest} is one bubble value of each of {@code parts} in turn. */
  private static boolean readable(String rest, List<TemplateField> parts, int from) {
    if (from == parts.size()) {
      return rest.isEmpty();
    }
    for (String value : parts.get(from).values()) {
      if (!value.isEmpty()
          && rest.startsWith(value)
          && readable(rest.substring(value.length()), parts, from + 1)) {
        return true;
      }
    }
    return false;
  }

  private List<String> sections(
      JsonValue value,
      Map<String, List<String>> accepted,
      Map<String, String> sectionOf,
      Map<String, BigDecimal> sectionMarks) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    JsonObject sections = reading.object(value, "scoring.sections");
    if (sections == null) {
      return names;
    }
    for (String name : sections.keySet()) {
      String at = "scoring.sections." + name;
      if (name.isBlank() || name.length() > SECTION_NAME_MAX) {
        reading.problem(at, "a section's name must be 1 to " + SECTION_NAME_MAX + " characters");
        continue;
      }
      JsonObject section = reading.object(sections.get(name), at);
      if (section == null) {
        continue;
      }
      names.add(name);
      reading.keys(section, at, SECTION_KEYS, Set.of("questions"));
      if (section.containsKey("marks")) {
        sectionMarks.put(name, marks(section.get("marks"), at + ".marks"));
      }
      List<String> strings =
          section.containsKey("questions")
              ? reading.strings(section.get("questions"), at + ".questions")
              : null;
      if (strings == null) {
        continue;
      }
      if (strings.isEmpty()) {
        reading.problem(at + ".questions", "must name at least one question");
      }
      for (String label : FieldLabels.expand(strings, at + ".questions", reading)) {
        if (!accepted.containsKey(label)) {
          reading.problem(at + ".questions", "'" + label + "' has no answer in the answer key");
        } else if (sectionOf.putIfAbsent(label, name) != null) {
          reading.problem(
              at + ".questions", "'" + label + "' is already in section " + sectionOf.get(label));
        }
      }
    }
    return names;
  }

  private Map<String, BigDecimal> ownMarks(JsonValue value, Map<String, List<String>> accepted) {
    Map<String, BigDecimal> own = new HashMap<>();
    if (value == null) {
      return own;
    }
    JsonObject questions = reading.object(value, "scoring.questions");
    if (questions == null) {
      return own;
    }
    questions.forEach(
        (label, marks) -> {
          String at = "scoring.questions." + label;
          if (!accepted.containsKey(label)) {
            reading.problem(at, "'" + label + "' has no answer in the answer key");
          } else {
            own.put(label, marks(marks, at));
          }
        });
    return own;
  }

  /** Marks from 0 to {@link Marks#MAX}, in hundredths at most. */
  private BigDecimal marks(JsonValue value, String at) {
    if (!(value instanceof JsonNumber number)) {
      reading.problem(at, "must be a number");
      return Marks.ZERO;
    }
    BigDecimal marks = number.bigDecimalValue();
    if (marks.signum() < 0 || marks.compareTo(Marks.MAX) > 0) {
      reading.problem(at, "must be a number from 0 to " + Marks.MAX);
      return Marks.ZERO;
    }
    if (marks.stripTrailingZeros().scale() > 2) {
      reading.problem(at, "must have at most two decimal places");
      return Marks.ZERO;
    }
    return Marks.of(marks);
  }
}
