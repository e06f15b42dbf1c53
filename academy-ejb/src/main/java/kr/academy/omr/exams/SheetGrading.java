package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.academy.omr.reading.ReadingFlag;

/**
 * Scores a sheet (docs/omr.md, "Scoring"): a question is right when exactly one value is marked and
 * the key accepts it; several marks are never right. A right answer gives the question's marks, a
 * blank nothing, a wrong one (several marks included) minus the exam's penalty. There is no partial
 * credit. A person's correction replaces the sheet's reading of that question and clears its flags:
 * the person has looked.
 */
public final class SheetGrading {

  private SheetGrading() {}

  /**
   * @param read each question as the sheet reads; null when the sheet could not be read
   * @param corrections a person's reading of some questions
   */
  public static GradedSheet grade(
      ExamKey key, Map<String, QuestionReading> read, Map<String, Correction> corrections) {
    if (read == null && corrections.isEmpty()) {
      return new GradedSheet(List.of(), null, Map.of());
    }
    List<GradedAnswer> answers = new ArrayList<>();
    BigDecimal score = Marks.ZERO;
    Map<String, BigDecimal> sections = new LinkedHashMap<>();
    key.sections().forEach(s -> sections.put(s, Marks.ZERO));
    for (ExamQuestion question : key.questions()) {
      QuestionReading reading = read == null ? null : read.get(question.label());
      Correction correction = corrections.get(question.label());
      GradedAnswer answer = grade(key, question, reading, correction);
      answers.add(answer);
      score = score.add(answer.points());
      if (question.section() != null) {
        sections.merge(question.section(), answer.points(), BigDecimal::add);
      }
    }
    return new GradedSheet(answers, score, sections);
  }

  private static GradedAnswer grade(
      ExamKey key, ExamQuestion question, QuestionReading reading, Correction correction) {
    List<String> marked;
    double confidence;
    Set<ReadingFlag> flags;
    if (correction != null) {
      marked = correction.marked();
      confidence = 1;
      flags = Set.of();
    } else if (reading != null) {
      marked = reading.marked();
      confidence = reading.confidence();
      flags = reading.flags();
    } else {
      // A question of an unreadable sheet that the person typing it in left out.
      marked = List.of();
      confidence = 0;
      flags = EnumSet.of(ReadingFlag.BLANK);
    }
    boolean correct =
        marked.size() == 1
            && !flags.contains(ReadingFlag.MULTIPLE)
            && question.accepted().contains(marked.get(0));
    BigDecimal points =
        correct ? question.marks() : marked.isEmpty() ? Marks.ZERO : key.penalty().negate();
    return new GradedAnswer(
        question, marked, correct, points, confidence, flags, reading, correction);
  }
}
