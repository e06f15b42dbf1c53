package kr.academy.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.academy.students.RosterPages;
import kr.academy.students.StudentExportRow;
import kr.academy.students.StudentSearch;

/**
 * A roster in memory, as an export reads it. A search matches the students whose name contains its
 * text (the database also looks at schools and phones; no test here needs them).
 */
public final class InMemoryRoster implements RosterPages {

  private final List<StudentExportRow> students = new ArrayList<>();
  private int pagesRead;

  public void add(StudentExportRow student) {
    students.add(student);
  }

  /** How many pages an export has asked for, the empty last one included. */
  public int pagesRead() {
    return pagesRead;
  }

  @Override
  public long count(StudentSearch search) {
    return students.stream().filter(student -> matches(search, student)).count();
  }

  @Override
  public List<StudentExportRow> exportPage(StudentSearch search, long afterId, int limit) {
    pagesRead++;
    return students.stream()
        .filter(student -> student.id() > afterId && matches(search, student))
        .sorted(Comparator.comparingLong(StudentExportRow::id))
        .limit(limit)
        .toList();
  }

  private static boolean matches(StudentSearch search, StudentExportRow student) {
    return search.text() == null || student.name().contains(search.text());
  }
}
