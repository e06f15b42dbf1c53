package kr.academy.omr.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplateRepository;
import kr.academy.omr.OmrTemplateSummary;

@ApplicationScoped
public class JpaOmrTemplateRepository implements OmrTemplateRepository {

  private static final String SUMMARY =
      "SELECT NEW kr.academy.omr.OmrTemplateSummary(t.templateId, t.name, t.format, t.pageWidth,"
          + " t.pageHeight, t.fieldCount, t.questionCount, t.createdAt) FROM OmrTemplate t";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(OmrTemplate template) {
    em.persist(template);
    em.flush();
  }

  @Override
  public Optional<OmrTemplate> find(UUID templateId) {
    return em.createQuery("SELECT t FROM OmrTemplate t WHERE t.templateId = :id", OmrTemplate.class)
        .setParameter("id", templateId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean remove(UUID templateId) {
    Optional<OmrTemplate> found = find(templateId);
    found.ifPresent(
        template -> {
          em.remove(template);
          em.flush();
        });
    return found.isPresent();
  }

  @Override
  public boolean usedByExams(UUID templateId) {
    return em.createQuery("SELECT COUNT(e) FROM Exam e WHERE e.templateId = :id", Long.class)
            .setParameter("id", templateId)
            .getSingleResult()
        > 0;
  }

  @Override
  public Page<OmrTemplateSummary> list(PageRequest page) {
    long total = em.createQuery("SELECT COUNT(t) FROM OmrTemplate t", Long.class).getSingleResult();
    if (total == 0) {
      return Page.of(List.of(), 0, page);
    }
    List<OmrTemplateSummary> items =
        em.createQuery(SUMMARY + " ORDER BY t.createdAt DESC, t.id DESC", OmrTemplateSummary.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }
}
