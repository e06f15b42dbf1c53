package kr.academy.students.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import kr.academy.common.jdbc.SqlStates;
import kr.academy.students.Student;
import kr.academy.students.StudentRepository;

@ApplicationScoped
public class JpaStudentRepository implements StudentRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public Optional<Student> find(long id) {
    return Optional.ofNullable(em.find(Student.class, id));
  }

  @Override
  public Optional<Student> findActive(String name, String parentPhone) {
    return em.createQuery(
            "SELECT s FROM Student s WHERE s.name = :name AND s.parentPhone = :parentPhone"
                + " AND s.deletedAt IS NULL",
            Student.class)
        .setParameter("name", name)
        .setParameter("parentPhone", parentPhone)
        // Compare against what is stored: flushing a pending change first would hit the unique
        // index before the duplicate could be reported with the other student's id.
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Student student) {
    em.persist(student);
    flush();
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.uniqueViolation(e)) {
        throw Student.duplicateOf(null);
      }
      throw e;
    }
  }
}
