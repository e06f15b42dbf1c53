package kr.academy.web.students;

import java.time.Instant;
import kr.academy.students.Student;
import kr.academy.students.StudentDetails;
import kr.academy.students.StudentSummary;

/** A student as the API shows it; phone numbers in canonical digits. */
public record StudentBody(
    long id,
    String name,
    String phone,
    String parentPhone,
    String school,
    String grade,
    String memo,
    Instant deletedAt,
    Instant createdAt,
    Instant updatedAt) {

  static StudentBody of(Student student) {
    StudentDetails d = student.details();
    return new StudentBody(
        student.id(),
        d.name(),
        d.phone(),
        d.parentPhone(),
        d.school(),
        d.grade(),
        d.memo(),
        student.deletedAt(),
        student.createdAt(),
        student.updatedAt());
  }

  /** A list line: no memo, no timestamps but the removal. */
  public record Line(
      long id,
      String name,
      String phone,
      String parentPhone,
      String school,
      String grade,
      Instant deletedAt) {

    static Line of(StudentSummary s) {
      return new Line(
          s.id(), s.name(), s.phone(), s.parentPhone(), s.school(), s.grade(), s.deletedAt());
    }
  }
}
