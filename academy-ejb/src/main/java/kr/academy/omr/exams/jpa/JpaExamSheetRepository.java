package kr.academy.omr.exams.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.exams.ExamSheet;
import kr.academy.omr.exams.ExamSheetRepository;
import kr.academy.omr.exams.SheetSource;

@ApplicationScoped
public class JpaExamSheetRepository implements ExamSheetRepository {

  private static final String OF_EXAM = " FROM ExamSheet s WHERE s.examId = :exam";

  private static final String TO_REVIEW = " AND s.needsReview = TRUE";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(ExamSheet sheet) {
    em.persist(sheet);
    em.flush();
  }

  @Override
  public Optional<ExamSheet> findBySource(SheetSource source) {
    return em.createQuery(
            "SELECT s FROM ExamSheet s WHERE s.jobId = :job AND s.sourceKey = :key"
                + " AND s.page = :page",
            ExamSheet.class)
        .setParameter("job", source.job().value())
        .setParameter("key", source.file().key())
        .setParameter("page", source.page())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ExamSheet> find(UUID examId, UUID sheetId) {
    return em.createQuery("SELECT s" + OF_EXAM + " AND s.sheetId = :sheet", ExamSheet.class)
        .setParameter("exam", examId)
        .setParameter("sheet", sheetId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<ExamSheet> list(UUID examId, boolean toReview, PageRequest page) {
    long total = count(examId, toReview);
    if (total == 0) {
      return Page.of(List.of(), 0, page);
    }
    List<ExamSheet> items =
        em.createQuery(
                "SELECT s" + OF_EXAM + (toReview ? TO_REVIEW : "") + " ORDER BY s.id",
                ExamSheet.class)
            .setParameter("exam", examId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }

  @Override
  public List<ExamSheet> after(UUID examId, long position, int limit) {
    return em.createQuery(
            "SELECT s" + OF_EXAM + " AND s.id > :after ORDER BY s.id", ExamSheet.class)
        .setParameter("exam", examId)
        .setParameter("after", position)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(UUID examId, boolean toReview) {
    return em.createQuery("SELECT COUNT(s)" + OF_EXAM + (toReview ? TO_REVIEW : ""), Long.class)
        .setParameter("exam", examId)
        .getSingleResult();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
