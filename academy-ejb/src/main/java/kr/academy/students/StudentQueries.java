package kr.academy.students;

import java.util.List;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** Read side of the roster; may be pointed at a replica later without touching writers. */
public interface StudentQueries {

  Page<StudentSummary> search(StudentSearch search, PageRequest page);

  /** Up to {@code limit} students of the search with an id above {@code afterId}, by id. */
  List<StudentExportRow> exportPage(StudentSearch search, long afterId, int limit);
}
