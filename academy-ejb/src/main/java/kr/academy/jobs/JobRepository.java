package kr.academy.jobs;

import java.util.Optional;

/** The bound academy's jobs, for changing them. */
public interface JobRepository {

  void add(Job job);

  Optional<Job> find(JobId id);

  /**
   * The job, its row locked until the transaction ends: for changes that may meet another change of
   * the same running job (a lease renewal every few seconds), which then waits instead of failing
   * on the version.
   */
  Optional<Job> lock(JobId id);

  Optional<Job> findByIdempotencyKey(String key);

  /** A QUEUED or PROCESSING job of this type, if there is one. */
  Optional<Job> findOpen(JobType type);

  /** Writes pending changes now, so a unique or version conflict surfaces here. */
  void flush();
}
