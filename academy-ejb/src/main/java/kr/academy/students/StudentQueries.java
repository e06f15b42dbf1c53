package kr.academy.students;

import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** Read side of the roster; may be pointed at a replica later without touching writers. */
public interface StudentQueries {

  Page<StudentSummary> search(StudentSearch search, PageRequest page);
}
