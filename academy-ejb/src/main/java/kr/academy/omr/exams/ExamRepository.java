package kr.academy.omr.exams;

import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** The bound academy's exams. */
public interface ExamRepository {

  void add(Exam exam);

  Optional<Exam> find(UUID examId);

  /** Removes the exam with its sheets. */
  void remove(Exam exam);

  /** A page of the academy's exams, newest first. */
  Page<ExamSummary> list(PageRequest page);
}
