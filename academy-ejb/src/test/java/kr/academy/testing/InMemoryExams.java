package kr.academy.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.exams.Exam;
import kr.academy.omr.exams.ExamRepository;
import kr.academy.omr.exams.ExamSummary;

/** One academy's exams in memory, newest last. */
public final class InMemoryExams implements ExamRepository {

  private final List<Exam> exams = new ArrayList<>();

  @Override
  public void add(Exam exam) {
    exams.add(exam);
  }

  @Override
  public Optional<Exam> find(UUID examId) {
    return exams.stream().filter(e -> e.examId().equals(examId)).findFirst();
  }

  @Override
  public void remove(Exam exam) {
    exams.remove(exam);
  }

  @Override
  public Page<ExamSummary> list(PageRequest page) {
    List<Exam> reversed = new ArrayList<>(exams);
    java.util.Collections.reverse(reversed);
    List<ExamSummary> newestFirst =
        reversed.stream()
            .map(
                e ->
                    new ExamSummary(
                        e.examId(),
                        e.title(),
                        e.templateId(),
                        e.questionCount(),
                        e.maxScore(),
                        e.createdAt()))
            .toList();
    return Page.of(
        newestFirst.stream().skip(page.offset()).limit(page.size()).toList(),
        newestFirst.size(),
        page);
  }
}
