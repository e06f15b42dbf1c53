package kr.academy.students;

import java.util.List;

/** The roster as an export reads it: a page at a time, each in a short transaction of its own. */
public interface RosterPages {

  /** How many active or removed students (as the search says) match it. */
  long count(StudentSearch search);

  /** Up to {@code limit} students of the search with an id above {@code afterId}, by id. */
  List<StudentExportRow> exportPage(StudentSearch search, long afterId, int limit);
}
