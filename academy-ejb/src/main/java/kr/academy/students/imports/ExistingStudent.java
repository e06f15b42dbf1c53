package kr.academy.students.imports;

import java.time.Instant;

/** A student an import matched, with only the columns an import compares and writes. */
public record ExistingStudent(
    long id,
    StudentKey key,
    String phone,
    String school,
    String grade,
    String memo,
    Instant deletedAt) {

  public boolean isDeleted() {
    return deletedAt != null;
  }
}
