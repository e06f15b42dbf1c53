package kr.academy.students;

/** Makes empty roster workbooks. */
public interface RosterWorkbooks {

  RosterWorkbook create();
}
