package kr.academy.students.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.students.StudentQueries;
import kr.academy.students.StudentSearch;
import kr.academy.students.StudentSummary;

@ApplicationScoped
public class JpaStudentQueries implements StudentQueries {

  private static final String SUMMARY =
      "SELECT NEW kr.academy.students.StudentSummary(s.id, s.name, s.phone, s.parentPhone,"
          + " s.school, s.grade, s.deletedAt) FROM Student s";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public Page<StudentSummary> search(StudentSearch search, PageRequest page) {
    StringBuilder where =
        new StringBuilder(
            search.deleted() ? " WHERE s.deletedAt IS NOT NULL" : " WHERE s.deletedAt IS NULL");
    String digits = search.phoneDigits();
    if (search.text() != null) {
      where.append(
          " AND (LOWER(s.name) LIKE :text ESCAPE '!' OR LOWER(s.school) LIKE :text ESCAPE '!'");
      if (digits != null) {
        where.append(" OR s.phone LIKE :digits OR s.parentPhone LIKE :digits");
      }
      where.append(")");
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM Student s" + where, Long.class);
    TypedQuery<StudentSummary> items =
        em.createQuery(SUMMARY + where + " ORDER BY s.name, s.id", StudentSummary.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    if (search.text() != null) {
      String text = "%" + escapeLike(search.text().toLowerCase()) + "%";
      count.setParameter("text", text);
      items.setParameter("text", text);
      if (digits != null) {
        count.setParameter("digits", "%" + digits + "%");
        items.setParameter("digits", "%" + digits + "%");
      }
    }
    long total = count.getSingleResult();
    List<StudentSummary> found = total == 0 ? List.of() : items.getResultList();
    return Page.of(found, total, page);
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
