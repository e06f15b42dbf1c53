package kr.academy.students;

import java.util.Optional;

/** The bound academy's roster, for changes. */
public interface StudentRepository {

  Optional<Student> find(long id);

  /** The active student holding a matching key, if any. */
  Optional<Student> findActive(String name, String parentPhone);

  void add(Student student);

  /** Writes pending changes now, so a broken constraint surfaces as a domain error. */
  void flush();
}
