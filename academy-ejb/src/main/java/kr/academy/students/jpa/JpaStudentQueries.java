package kr.academy.students.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.students.StudentExportRow;
import kr.academy.students.StudentQueries;
import kr.academy.students.StudentSearch;
import kr.academy.students.StudentSummary;

@ApplicationScoped
public class JpaStudentQueries implements StudentQueries {

  private static final String SUMMARY =
      "SELECT NEW kr.academy.students.StudentSummary(s.id, s.name, s.phone, s.parentPhone,"
          + " s.school, s.grade, s.deletedAt) FROM Student s";

  private static final String EXPORT_ROW =
      "SELECT NEW kr.academy.students.StudentExportRow(s.id, s.name, s.phone, s.parentPhone,"
          + " s.school, s.grade, s.memo, s.createdAt) FROM Student s";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public Page<StudentSummary> search(StudentSearch search, PageRequest page) {
    Filter filter = new Filter(search);
    TypedQuery<Long> count =
        filter.bind(em.createQuery("SELECT COUNT(s) FROM Student s" + filter.where, Long.class));
    long total = count.getSingleResult();
    if (total == 0) {
      return Page.of(List.of(), total, page);
    }
    List<StudentSummary> found =
        filter
            .bind(
                em.createQuery(
                    SUMMARY + filter.where + " ORDER BY s.name, s.id", StudentSummary.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(found, total, page);
  }

  @Override
  public List<StudentExportRow> exportPage(StudentSearch search, long afterId, int limit) {
    Filter filter = new Filter(search);
    return filter
        .bind(
            em.createQuery(
                EXPORT_ROW + filter.where + " AND s.id > :after ORDER BY s.id",
                StudentExportRow.class))
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The WHERE clause of a roster search and its parameters. */
  private static final class Filter {
    private final String where;
    private final String text;
    private final String digits;

    Filter(StudentSearch search) {
      StringBuilder clause =
          new StringBuilder(
              search.deleted() ? " WHERE s.deletedAt IS NOT NULL" : " WHERE s.deletedAt IS NULL");
      String phoneDigits = search.phoneDigits();
      if (search.text() != null) {
        clause.append(
            " AND (LOWER(s.name) LIKE :text ESCAPE '!' OR LOWER(s.school) LIKE :text ESCAPE '!'");
        if (phoneDigits != null) {
          clause.append(" OR s.phone LIKE :digits OR s.parentPhone LIKE :digits");
        }
        clause.append(")");
      }
      this.where = clause.toString();
      this.text =
          search.text() == null ? null : "%" + escapeLike(search.text().toLowerCase()) + "%";
      this.digits = search.text() == null || phoneDigits == null ? null : "%" + phoneDigits + "%";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      if (text != null) {
        query.setParameter("text", text);
      }
      if (digits != null) {
        query.setParameter("digits", digits);
      }
      return query;
    }
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
