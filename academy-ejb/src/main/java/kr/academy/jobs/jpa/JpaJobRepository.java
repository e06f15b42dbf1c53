package kr.academy.jobs.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobRepository;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobType;

@ApplicationScoped
public class JpaJobRepository implements JobRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public void add(Job job) {
    em.persist(job);
  }

  @Override
  public Optional<Job> find(JobId id) {
    return byJobId(id, LockModeType.NONE);
  }

  @Override
  public Optional<Job> lock(JobId id) {
    return byJobId(id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<Job> byJobId(JobId id, LockModeType lock) {
    return em.createQuery("SELECT j FROM Job j WHERE j.jobId = :id", Job.class)
        .setParameter("id", id.value())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Job> findByIdempotencyKey(String key) {
    return em.createQuery("SELECT j FROM Job j WHERE j.idempotencyKey = :key", Job.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Job> findOpen(JobType type) {
    return em.createQuery(
            "SELECT j FROM Job j WHERE j.type = :type AND j.status IN :open", Job.class)
        .setParameter("type", type)
        .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.PROCESSING))
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
