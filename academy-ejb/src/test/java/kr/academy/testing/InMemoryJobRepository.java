package kr.academy.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobRepository;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobType;

/** One academy's jobs in memory; every change to them goes through {@link Job}'s own rules. */
public final class InMemoryJobRepository implements JobRepository {

  private final Map<JobId, Job> jobs = new LinkedHashMap<>();
  private boolean unreachable;
  private int locks;

  @Override
  public void add(Job job) {
    jobs.put(job.jobId(), job);
  }

  @Override
  public Optional<Job> find(JobId id) {
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public Optional<Job> lock(JobId id) {
    if (unreachable) {
      throw new IllegalStateException("the database cannot be reached");
    }
    locks++;
    return find(id);
  }

  @Override
  public Optional<Job> findByIdempotencyKey(String key) {
    return jobs.values().stream()
        .filter(job -> job.idempotencyKey().filter(key::equals).isPresent())
        .findFirst();
  }

  @Override
  public Optional<Job> findOpen(JobType type) {
    return jobs.values().stream()
        .filter(job -> job.type() == type)
        .filter(job -> job.status() == JobStatus.QUEUED || job.status() == JobStatus.PROCESSING)
        .findFirst();
  }

  @Override
  public void flush() {}

  /** The job as stored, for a test to look at or to change as another party would. */
  public Job get(JobId id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no job " + id));
  }

  /** From now on, every change through the repository fails as if the database were away. */
  public void unreachable(boolean away) {
    unreachable = away;
  }

  /** How many times a job was locked for a change. */
  public int locks() {
    return locks;
  }
}
