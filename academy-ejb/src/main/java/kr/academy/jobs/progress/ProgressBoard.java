package kr.academy.jobs.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobSettings;
import kr.academy.tenancy.TenantId;

/**
 * Where workers and the API post progress. Applies DESIGN §4's expiry (sliding while running, none
 * or the cost-saving TTL once final) and never lets a Redis outage stop the work: a failed write is
 * logged and the database stays the truth.
 */
@ApplicationScoped
public class ProgressBoard {

  private static final Logger LOG = Logger.getLogger(ProgressBoard.class.getName());

  private ProgressStore store;
  private JobSettings settings;

  /** For CDI's proxy. */
  protected ProgressBoard() {}

  @Inject
  public ProgressBoard(ProgressStore store, JobSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  public void post(TenantId tenant, JobId job, JobProgress progress) {
    try {
      store.write(
          tenant,
          job,
          progress,
          progress.status().isFinal()
              ? settings.finalProgressTtl()
              : Optional.of(settings.runningProgressTtl()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "progress of job " + job + " not written to Redis: " + e.getMessage(),
          e instanceof ProgressStoreUnavailable ? null : e);
    }
  }

  /** Flags a running job for cancellation; false if Redis could not be told. */
  public boolean requestCancel(TenantId tenant, JobId job) {
    try {
      store.requestCancel(tenant, job);
      return true;
    } catch (RuntimeException e) {
      LOG.warning("cancellation of job " + job + " not flagged in Redis: " + e.getMessage());
      return false;
    }
  }

  /** Whether someone asked to cancel the job; unknown (Redis down) counts as no. */
  public boolean cancelRequested(TenantId tenant, JobId job) {
    try {
      return store.cancelRequested(tenant, job);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
