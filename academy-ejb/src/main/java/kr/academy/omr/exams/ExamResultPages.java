package kr.academy.omr.exams;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An exam's results as an export reads them: a page at a time, each in a transaction of its own.
 */
public interface ExamResultPages {

  /** The exam's outline; empty when the academy has no such exam. */
  Optional<ExamOutline> outline(UUID examId);

  /** Up to {@code limit} sheets recorded after {@code position}, in order. */
  List<SheetResult> after(UUID examId, long position, int limit);
}
