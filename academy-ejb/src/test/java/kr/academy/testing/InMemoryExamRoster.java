package kr.academy.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kr.academy.omr.exams.ExamRoster;
import kr.academy.omr.exams.RosterStudent;

/** Students with their phones (canonical digits) in memory, as grading finds them. */
public final class InMemoryExamRoster implements ExamRoster {

  private record Entry(long id, String name, String phone, String parentPhone, boolean active) {}

  private final List<Entry> students = new ArrayList<>();

  /** An active student; {@code phone} may be null. */
  public InMemoryExamRoster add(long id, String name, String phone, String parentPhone) {
    students.add(new Entry(id, name, phone, parentPhone, true));
    return this;
  }

  /** A removed student: never matched, still named. */
  public InMemoryExamRoster addRemoved(long id, String name, String phone, String parentPhone) {
    students.add(new Entry(id, name, phone, parentPhone, false));
    return this;
  }

  @Override
  public List<RosterStudent> byPhoneEnding(String digits, int limit) {
    return ending(Entry::phone, digits, limit);
  }

  @Override
  public List<RosterStudent> byParentPhoneEnding(String digits, int limit) {
    return ending(Entry::parentPhone, digits, limit);
  }

  private List<RosterStudent> ending(Function<Entry, String> phone, String digits, int limit) {
    return students.stream()
        .filter(s -> s.active() && phone.apply(s) != null && phone.apply(s).endsWith(digits))
        .sorted(Comparator.comparingLong(Entry::id))
        .limit(limit)
        .map(s -> new RosterStudent(s.id(), s.name()))
        .toList();
  }

  @Override
  public Optional<RosterStudent> find(long id) {
    return students.stream()
        .filter(s -> s.active() && s.id() == id)
        .map(s -> new RosterStudent(s.id(), s.name()))
        .findFirst();
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    students.stream().filter(s -> ids.contains(s.id())).forEach(s -> names.put(s.id(), s.name()));
    return names;
  }
}
