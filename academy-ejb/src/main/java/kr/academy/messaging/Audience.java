package kr.academy.messaging;

/** Whom a recipient row texts: a student's parent, the student, or a number given directly. */
public enum Audience {
  PARENT,
  STUDENT,
  PHONE
}
