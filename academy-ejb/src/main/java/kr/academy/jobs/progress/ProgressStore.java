package kr.academy.jobs.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.tenancy.TenantId;

/**
 * In-flight progress, outside the database (DESIGN §4): written by workers, read by pollers, pushed
 * to subscribers. Every operation names the tenant; no key exists without one. Any method may throw
 * {@link ProgressStoreUnavailable}.
 */
public interface ProgressStore {

  /**
   * Replaces the job's progress; {@code ttl} empty keeps it until evicted. Notifies subscribers.
   */
  void write(TenantId tenant, JobId job, JobProgress progress, Optional<Duration> ttl);

  Optional<JobProgress> read(TenantId tenant, JobId job);

  /** Flags a running job for cancellation; its worker reads the flag at its next step. */
  void requestCancel(TenantId tenant, JobId job);

  boolean cancelRequested(TenantId tenant, JobId job);

  /** Calls {@code listener} with each progress written from now on, until the handle is closed. */
  Subscription subscribe(TenantId tenant, JobId job, Consumer<JobProgress> listener);

  /** An open subscription. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
