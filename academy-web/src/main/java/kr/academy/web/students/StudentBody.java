package kr.academy.web.students;

import java.time.Instant;
import kr.academy.students.Student;
import kr.academy.students.StudentDetails;

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
}
