package kr.academy.omr.exams.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.academy.omr.exams.ExamRoster;
import kr.academy.omr.exams.RosterStudent;

/**
 * Phones are stored as canonical digits ({@code 01012345678}), so "ends with" is a plain suffix
 * match. It reads the academy's active students (its tenant index); a roster is small enough that
 * no index on phone endings is kept.
 */
@ApplicationScoped
public class JpaExamRoster implements ExamRoster {

  private static final String STUDENT =
      "SELECT NEW kr.academy.omr.exams.RosterStudent(s.id, s.name) FROM Student s"
          + " WHERE s.deletedAt IS NULL";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public List<RosterStudent> byPhoneEnding(String digits, int limit) {
    return ending("s.phone", digits, limit);
  }

  @Override
  public List<RosterStudent> byParentPhoneEnding(String digits, int limit) {
    return ending("s.parentPhone", digits, limit);
  }

  private List<RosterStudent> ending(String phone, String digits, int limit) {
    return em.createQuery(
            STUDENT + " AND " + phone + " LIKE :ending ORDER BY s.id", RosterStudent.class)
        .setParameter("ending", "%" + digits)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<RosterStudent> find(long id) {
    return em.createQuery(STUDENT + " AND s.id = :id", RosterStudent.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    em.createQuery(
            "SELECT NEW kr.academy.omr.exams.RosterStudent(s.id, s.name) FROM Student s"
                + " WHERE s.id IN :ids",
            RosterStudent.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(s -> names.put(s.id(), s.name()));
    return names;
  }
}
