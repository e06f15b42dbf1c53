package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an export's header needs of an exam: its title, questions and sections in order, and how
 * many sheets it has.
 */
public record ExamOutline(
    String title, List<String> questions, List<String> sections, BigDecimal maxScore, long sheets) {

  public ExamOutline {
    questions = List.copyOf(questions);
    sections = List.copyOf(sections);
  }
}
