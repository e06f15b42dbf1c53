package kr.academy.omr.exams;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.academy.omr.reading.FieldReading;
import kr.academy.omr.reading.ReadingFlag;
import kr.academy.omr.reading.SheetReading;

/**
 * A sheet's reading cut to what an exam needs: each question of its key (a custom label's fields
 * joined into one value, OMRChecker's way) and the student's number.
 */
public record SheetMarks(Map<String, QuestionReading> answers, Optional<StudentNumber> number) {

  public SheetMarks {
    answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  public static SheetMarks of(ExamKey key, SheetReading reading) {
    Map<String, FieldReading> fields = new HashMap<>();
    reading.fields().forEach(f -> fields.put(f.label(), f));
    Map<String, QuestionReading> answers = new LinkedHashMap<>();
    for (ExamQuestion question : key.questions()) {
      List<FieldReading> parts = question.fields().stream().map(l -> field(fields, l)).toList();
      answers.put(question.label(), question.joined() ? joined(parts) : single(parts.get(0)));
    }
    Optional<StudentNumber> number =
        key.studentNumber().isEmpty()
            ? Optional.empty()
            : Optional.of(
                number(key.studentNumberFields().stream().map(l -> field(fields, l)).toList()));
    return new SheetMarks(answers, number);
  }

  private static FieldReading field(Map<String, FieldReading> fields, String label) {
    FieldReading field = fields.get(label);
    if (field == null) {
      throw new IllegalArgumentException("the sheet's reading has no field " + label);
    }
    return field;
  }

  private static QuestionReading single(FieldReading field) {
    return new QuestionReading(field.marked(), field.confidence(), field.flags());
  }

  /** One value of the parts' values joined; none when no part is marked. */
  private static QuestionReading joined(List<FieldReading> parts) {
    Set<ReadingFlag> flags = EnumSet.noneOf(ReadingFlag.class);
    double confidence = 1;
    StringBuilder value = new StringBuilder();
    boolean anyMarked = false;
    for (FieldReading part : parts) {
      flags.addAll(part.flags());
      confidence = Math.min(confidence, part.confidence());
      value.append(part.value());
      anyMarked |= !part.marked().isEmpty();
    }
    return new QuestionReading(
        anyMarked ? List.of(value.toString()) : List.of(), confidence, flags);
  }

  private static StudentNumber number(List<FieldReading> digits) {
    StringBuilder number = new StringBuilder();
    boolean readable = true;
    boolean doubtful = false;
    boolean gap = false;
    for (FieldReading digit : digits) {
      doubtful |= digit.flags().contains(ReadingFlag.LOW_CONFIDENCE);
      if (digit.marked().size() > 1) {
        readable = false;
      } else if (digit.marked().isEmpty()) {
        gap = number.length() > 0;
      } else {
        readable &= !gap;
        number.append(digit.marked().get(0));
      }
    }
    return new StudentNumber(number.toString(), readable && number.length() > 0, doubtful);
  }
}
