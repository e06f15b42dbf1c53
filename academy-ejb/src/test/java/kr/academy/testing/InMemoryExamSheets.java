package kr.academy.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.exams.ExamSheet;
import kr.academy.omr.exams.ExamSheetRepository;
import kr.academy.omr.exams.SheetSource;

/**
 * Exam sheets in memory, in the order they were added, numbered as the table's sequence numbers
 * them (their position). Like the table, it refuses a second sheet of the same source (job, file,
 * page).
 */
public final class InMemoryExamSheets implements ExamSheetRepository {

  private final List<ExamSheet> sheets = new ArrayList<>();
  private final Map<SheetSource, ExamSheet> bySource = new HashMap<>();
  private int flushes;

  public List<ExamSheet> all() {
    return List.copyOf(sheets);
  }

  public int flushes() {
    return flushes;
  }

  @Override
  public void add(ExamSheet sheet) {
    if (bySource.putIfAbsent(sheet.source(), sheet) != null) {
      throw new IllegalStateException("a second sheet of " + sheet.source());
    }
    number(sheet, sheets.size() + 1L);
    sheets.add(sheet);
    flushes++;
  }

  @Override
  public Optional<ExamSheet> findBySource(SheetSource source) {
    return Optional.ofNullable(bySource.get(source));
  }

  @Override
  public Optional<ExamSheet> find(UUID examId, UUID sheetId) {
    return sheets.stream()
        .filter(s -> s.examId().equals(examId) && s.sheetId().equals(sheetId))
        .findFirst();
  }

  @Override
  public Page<ExamSheet> list(UUID examId, boolean toReview, PageRequest page) {
    List<ExamSheet> found = of(examId, toReview);
    return Page.of(
        found.stream().skip(page.offset()).limit(page.size()).toList(), found.size(), page);
  }

  @Override
  public List<ExamSheet> after(UUID examId, long position, int limit) {
    return of(examId, false).stream().filter(s -> s.position() > position).limit(limit).toList();
  }

  @Override
  public long count(UUID examId, boolean toReview) {
    return of(examId, toReview).size();
  }

  @Override
  public void flush() {
    flushes++;
  }

  /** What the table's sequence does on insert. */
  private static void number(ExamSheet sheet, long id) {
    try {
      Field field = ExamSheet.class.getDeclaredField("id");
      field.setAccessible(true);
      field.setLong(sheet, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<ExamSheet> of(UUID examId, boolean toReview) {
    return sheets.stream()
        .filter(s -> s.examId().equals(examId))
        .filter(s -> !toReview || s.needsReview())
        .toList();
  }
}
