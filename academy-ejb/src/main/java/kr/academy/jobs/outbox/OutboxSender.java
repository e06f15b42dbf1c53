package kr.academy.jobs.outbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * Sends one batch of the outbox and deletes what was sent, in one transaction that holds the rows
 * so no other relay sends them meanwhile.
 */
@Stateless
public class OutboxSender {

  static final int BATCH = 100;

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Inject QueueSender queues;

  /** How many were sent; fewer than {@link #BATCH} means the outbox is drained or SQS failed. */
  public int sendBatch() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, queue, body FROM job_outbox ORDER BY id LIMIT ?1"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, BATCH)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    int sent =
        queues.send(
            rows.stream()
                .map(row -> new QueueSender.Outgoing((String) row[1], (String) row[2]))
                .toList());
    if (sent > 0) {
      em.createQuery("DELETE FROM OutboxMessage m WHERE m.id IN :ids")
          .setParameter(
              "ids",
              rows.subList(0, sent).stream().map(row -> ((Number) row[0]).longValue()).toList())
          .executeUpdate();
    }
    return sent;
  }
}
