package kr.academy.workers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobAttempts;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobSettings;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;

/**
 * The leases of the attempts this process runs. {@link LeaseRenewalTimer} renews them all every
 * {@code academy.jobs.lease-renew-interval}, one short transaction per attempt, whatever its
 * processor is doing (a long provider call, a large chunk) and however often it reports progress.
 *
 * <p>A renewal that fails (the database briefly out of reach) is tried again at the next pass; the
 * attempt goes on while its last confirmed lease lasts. Nobody can take the job over without the
 * database either, so a short outage costs nothing, and once the lease has run out the attempt
 * stops at its next step rather than risk running beside the one that took over.
 */
@ApplicationScoped
public class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

  private final Set<JobLease> held = ConcurrentHashMap.newKeySet();
  private final ReentrantLock renewing = new ReentrantLock();
  private JobAttempts attempts;
  private TenantContext tenant;
  private JobSettings settings;
  private Clock clock;

  /** For CDI's proxy. */
  protected JobLeases() {}

  @Inject
  public JobLeases(JobAttempts attempts, TenantContext tenant, JobSettings settings, Clock clock) {
    this.attempts = attempts;
    this.tenant = tenant;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts renewing the lease of an attempt that has just claimed its job. */
  public JobLease hold(TenantId academy, JobId job, int attempt) {
    JobLease lease = new JobLease(academy, job, attempt, clock.instant().plus(settings.lease()));
    held.add(lease);
    return lease;
  }

  /** The attempt has ended: its lease is no longer renewed. */
  public void release(JobLease lease) {
    held.remove(lease);
  }

  /** One renewal of every held lease; a pass still running when the next is due skips it. */
  public void renewAll() {
    if (!renewing.tryLock()) {
      return;
    }
    try {
      held.forEach(this::renew);
    } finally {
      renewing.unlock();
    }
  }

  private void renew(JobLease lease) {
    Instant asked = clock.instant();
    try {
      Job.Lease outcome =
          tenant.callAs(lease.academy(), () -> attempts.renew(lease.job(), lease.attempt()));
      lease.renewed(outcome, asked.plus(settings.lease()));
      if (outcome == Job.Lease.LOST) {
        LOG.warning(
            () ->
                "job "
                    + lease.job()
                    + " attempt "
                    + lease.attempt()
                    + " no longer holds its job; it stops at its next step");
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "could not renew the lease of job "
              + lease.job()
              + " attempt "
              + lease.attempt()
              + "; it holds until "
              + lease.confirmedUntil()
              + " and the next renewal tries again",
          e);
    }
  }
}
