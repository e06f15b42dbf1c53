package kr.academy.students.imports;

/** Starts reports of rejected rows. */
public interface RejectedRowsReports {

  /** An empty report under the uploaded file's header row. */
  RejectedRowsReport start(ImportRow header);
}
