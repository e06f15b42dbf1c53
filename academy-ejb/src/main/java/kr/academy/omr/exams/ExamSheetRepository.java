package kr.academy.omr.exams;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** The sheets of the bound academy's exams. */
public interface ExamSheetRepository {

  /** Stores a new sheet now, so that a second one of the same source fails here. */
  void add(ExamSheet sheet);

  /** The sheet the job recorded for this page of this file, if any. */
  Optional<ExamSheet> findBySource(SheetSource source);

  Optional<ExamSheet> find(UUID examId, UUID sheetId);

  /** A page of the exam's sheets in the order they were recorded; only those to review if asked. */
  Page<ExamSheet> list(UUID examId, boolean toReview, PageRequest page);

  /** Up to {@code limit} of the exam's sheets recorded after {@code position}, in order. */
  List<ExamSheet> after(UUID examId, long position, int limit);

  long count(UUID examId, boolean toReview);

  /** Writes pending changes now. */
  void flush();
}
