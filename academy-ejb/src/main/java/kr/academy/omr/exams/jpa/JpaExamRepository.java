package kr.academy.omr.exams.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.exams.Exam;
import kr.academy.omr.exams.ExamRepository;
import kr.academy.omr.exams.ExamSummary;

@ApplicationScoped
public class JpaExamRepository implements ExamRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(Exam exam) {
    em.persist(exam);
    em.flush();
  }

  @Override
  public Optional<Exam> find(UUID examId) {
    return em.createQuery("SELECT e FROM Exam e WHERE e.examId = :id", Exam.class)
        .setParameter("id", examId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void remove(Exam exam) {
    em.remove(exam);
    em.flush();
  }

  @Override
  public Page<ExamSummary> list(PageRequest page) {
    long total = em.createQuery("SELECT COUNT(e) FROM Exam e", Long.class).getSingleResult();
    if (total == 0) {
      return Page.of(List.of(), 0, page);
    }
    List<ExamSummary> items =
        em.createQuery(
                "SELECT NEW kr.academy.omr.exams.ExamSummary(e.examId, e.title, e.templateId,"
                    + " e.questionCount, e.maxScore, e.createdAt) FROM Exam e"
                    + " ORDER BY e.createdAt DESC, e.id DESC",
                ExamSummary.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }
}
