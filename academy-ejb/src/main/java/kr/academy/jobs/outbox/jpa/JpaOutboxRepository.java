package kr.academy.jobs.outbox.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kr.academy.jobs.outbox.OutboxMessage;
import kr.academy.jobs.outbox.OutboxRepository;
import org.eclipse.persistence.config.QueryHints;

/** {@link OutboxRepository} on the persistence unit; the locking read is PostgreSQL's own. */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(OutboxMessage message) {
    em.persist(message);
  }

  @Override
  public List<Pending> lockOldest(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, queue, body, trace_parent FROM job_outbox ORDER BY id LIMIT ?1"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, max)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Pending(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3]))
        .toList();
  }

  @Override
  public void delete(List<Long> ids) {
    em.createQuery("DELETE FROM OutboxMessage m WHERE m.id IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }
}
