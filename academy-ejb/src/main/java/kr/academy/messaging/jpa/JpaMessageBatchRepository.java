package kr.academy.messaging.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.messaging.MessageBatch;
import kr.academy.messaging.MessageBatchRepository;

@ApplicationScoped
public class JpaMessageBatchRepository implements MessageBatchRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(MessageBatch batch) {
    em.persist(batch);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<MessageBatch> find(UUID batchId) {
    return byBatchId(batchId, LockModeType.NONE);
  }

  @Override
  public Optional<MessageBatch> lock(UUID batchId) {
    return byBatchId(batchId, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<MessageBatch> byBatchId(UUID batchId, LockModeType lock) {
    return em.createQuery(
            "SELECT b FROM MessageBatch b WHERE b.batchId = :batchId", MessageBatch.class)
        .setParameter("batchId", batchId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<MessageBatch> findByIdempotencyKey(String key) {
    return em.createQuery(
            "SELECT b FROM MessageBatch b WHERE b.idempotencyKey = :key", MessageBatch.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<MessageBatch> page(PageRequest page) {
    long total =
        em.createQuery("SELECT count(b) FROM MessageBatch b", Long.class).getSingleResult();
    List<MessageBatch> items =
        em.createQuery(
                "SELECT b FROM MessageBatch b ORDER BY b.createdAt DESC, b.id DESC",
                MessageBatch.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }
}
