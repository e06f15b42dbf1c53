package kr.academy.web.students;

import kr.academy.students.StudentDetails;

/** A new student; which fields are required and what they may hold is the domain's rule. */
public record StudentRequest(
    String name, String phone, String parentPhone, String school, String grade, String memo) {

  StudentDetails toDetails() {
    return new StudentDetails(name, phone, parentPhone, school, grade, memo);
  }
}
