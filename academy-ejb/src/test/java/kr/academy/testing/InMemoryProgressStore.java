package kr.academy.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.progress.ProgressStore;
import kr.academy.jobs.progress.ProgressStoreUnavailable;
import kr.academy.tenancy.TenantId;

/**
 * Progress in memory, every write kept in order; it can be taken down like Redis, and then every
 * call throws {@link ProgressStoreUnavailable}.
 */
public final class InMemoryProgressStore implements ProgressStore {

  private record Key(TenantId tenant, JobId job) {}

  private final Map<Key, List<JobProgress>> written = new HashMap<>();
  private final Set<Key> cancelRequested = new HashSet<>();
  private boolean down;

  public void setDown(boolean down) {
    this.down = down;
  }

  /** Every progress written for the job, oldest first. */
  public List<JobProgress> written(TenantId tenant, JobId job) {
    return List.copyOf(written.getOrDefault(new Key(tenant, job), List.of()));
  }

  public boolean holds(TenantId tenant, JobId job) {
    return written.containsKey(new Key(tenant, job));
  }

  @Override
  public void write(TenantId tenant, JobId job, JobProgress progress, Optional<Duration> ttl) {
    available();
    written.computeIfAbsent(new Key(tenant, job), k -> new ArrayList<>()).add(progress);
  }

  @Override
  public Optional<JobProgress> read(TenantId tenant, JobId job) {
    available();
    List<JobProgress> all = written.getOrDefault(new Key(tenant, job), List.of());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public void requestCancel(TenantId tenant, JobId job) {
    available();
    cancelRequested.add(new Key(tenant, job));
  }

  @Override
  public boolean cancelRequested(TenantId tenant, JobId job) {
    available();
    return cancelRequested.contains(new Key(tenant, job));
  }

  @Override
  public Subscription subscribe(TenantId tenant, JobId job, Consumer<JobProgress> listener) {
    available();
    return () -> {};
  }

  private void available() {
    if (down) {
      throw new ProgressStoreUnavailable("the progress store is down", null);
    }
  }
}
