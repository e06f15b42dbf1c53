package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An exam's answer key and scoring as the grader applies them, read against its template by {@link
 * ExamKeyReader}: the questions it scores in the template's order, the section names in the order
 * given, the marks taken off for a wrong answer, and the label (with its fields) that holds the
 * student's number, if the sheet has one.
 */
public record ExamKey(
    List<ExamQuestion> questions,
    List<String> sections,
    BigDecimal penalty,
    Optional<String> studentNumber,
    List<String> studentNumberFields) {

  public ExamKey {
    questions = List.copyOf(questions);
    sections = List.copyOf(sections);
    studentNumberFields = List.copyOf(studentNumberFields);
  }

  public Optional<ExamQuestion> question(String label) {
    return questions.stream().filter(q -> q.label().equals(label)).findFirst();
  }

  /** What a sheet scores with every answer right. */
  public BigDecimal maxScore() {
    return questions.stream().map(ExamQuestion::marks).reduce(Marks.ZERO, BigDecimal::add);
  }

  /** What the section's questions score when all are right. */
  public BigDecimal maxScore(String section) {
    return questions.stream()
        .filter(q -> section.equals(q.section()))
        .map(ExamQuestion::marks)
        .reduce(Marks.ZERO, BigDecimal::add);
  }
}
