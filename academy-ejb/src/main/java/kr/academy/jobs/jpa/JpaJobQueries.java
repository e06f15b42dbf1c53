package kr.academy.jobs.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.jobs.JobFilter;
import kr.academy.jobs.JobQueries;
import kr.academy.jobs.JobSummary;

@ApplicationScoped
public class JpaJobQueries implements JobQueries {

  private static final String SUMMARY =
      "SELECT NEW kr.academy.jobs.JobSummary(j.jobId, j.type, j.status, j.progress, j.step,"
          + " j.error, j.createdAt, j.finishedAt) FROM Job j";

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public Page<JobSummary> list(JobFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.status() != null) {
      where.append(" AND j.status = :status");
    }
    if (filter.type() != null) {
      where.append(" AND j.type = :type");
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(j) FROM Job j" + where, Long.class);
    TypedQuery<JobSummary> items =
        em.createQuery(SUMMARY + where + " ORDER BY j.createdAt DESC, j.id DESC", JobSummary.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    if (filter.status() != null) {
      count.setParameter("status", filter.status());
      items.setParameter("status", filter.status());
    }
    if (filter.type() != null) {
      count.setParameter("type", filter.type());
      items.setParameter("type", filter.type());
    }
    long total = count.getSingleResult();
    List<JobSummary> found = total == 0 ? List.of() : items.getResultList();
    return Page.of(found, total, page);
  }
}
