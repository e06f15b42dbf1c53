package kr.academy.omr.exams;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bound academy's students as grading finds them. */
public interface ExamRoster {

  /** Active students whose own phone ends with {@code digits}, by id, at most {@code limit}. */
  List<RosterStudent> byPhoneEnding(String digits, int limit);

  /**
   * Active students whose parent's phone ends with {@code digits}, by id, at most {@code limit}.
   */
  List<RosterStudent> byParentPhoneEnding(String digits, int limit);

  /** The academy's active student with this id. */
  Optional<RosterStudent> find(long id);

  /** The names of these students, removed ones included (a result outlives a removal). */
  Map<Long, String> names(Collection<Long> ids);
}
