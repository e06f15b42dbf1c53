package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import kr.academy.omr.reading.ReadingFlag;

/**
 * One question of a graded sheet: the values counted as marked (a person's correction over the
 * sheet's reading), whether that is a correct answer, the points it gives (negative with a
 * penalty), how sure the reading is and what is left to look at.
 *
 * @param read the sheet's own reading; null when the sheet could not be read
 * @param corrected the person's correction; null when there is none
 */
public record GradedAnswer(
    ExamQuestion question,
    List<String> marked,
    boolean correct,
    BigDecimal points,
    double confidence,
    Set<ReadingFlag> flags,
    QuestionReading read,
    Correction corrected) {

  public GradedAnswer {
    marked = List.copyOf(marked);
    flags = Set.copyOf(flags);
  }
}
