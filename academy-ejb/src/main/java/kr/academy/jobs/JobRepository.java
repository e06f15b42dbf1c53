package kr.academy.jobs;

import java.util.Optional;

/** The bound academy's jobs, for changing them. */
public interface JobRepository {

  void add(Job job);

  Optional<Job> find(JobId id);

  Optional<Job> findByIdempotencyKey(String key);

  /** A QUEUED or PROCESSING job of this type, if there is one. */
  Optional<Job> findOpen(JobType type);

  /** Writes pending changes now, so a unique or version conflict surfaces here. */
  void flush();
}
