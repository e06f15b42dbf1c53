package kr.academy.jobs.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import org.eclipse.persistence.config.QueryHints;

/**
 * Finds jobs past their deadline in every academy and applies {@link Job#sweep}: a queued job whose
 * message was lost is sent again, a running job whose worker vanished is re-queued or FAILED. The
 * scan goes through {@code overdue_jobs()}, which returns ids only; each job is then handled in its
 * own academy's transaction.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OverdueJobSweep {

  private static final Logger LOG = Logger.getLogger(OverdueJobSweep.class.getName());
  private static final int MAX_PER_PASS = 200;

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Resource TimerService timers;
  @Inject OverdueJobLedger sweeping;
  @Inject TenantContext tenant;
  @Inject ProgressBoard board;
  @Inject JobSettings settings;
  @Inject Clock clock;

  @PostConstruct
  void start() {
    long interval = settings.sweepInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("job-sweeper", false));
  }

  @Timeout
  void onTimer(Timer timer) {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "job sweep failed; the next pass retries", e);
    }
  }

  /** One pass; returns how many overdue jobs it looked at. */
  public int sweep() {
    @SuppressWarnings("unchecked")
    List<Object[]> overdue =
        em.createNativeQuery("SELECT tenant_id, job_id FROM overdue_jobs(?1, ?2)")
            .setParameter(1, Timestamp.from(clock.instant()))
            .setParameter(2, MAX_PER_PASS)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    for (Object[] row : overdue) {
      TenantId academy = new TenantId(((Number) row[0]).longValue());
      JobId job = new JobId((UUID) row[1]);
      try {
        tenant.callAs(
            academy,
            () -> {
              sweeping.sweep(job).ifPresent(progress -> board.post(academy, job, progress));
              return null;
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not sweep job " + job, e);
      }
    }
    return overdue.size();
  }
}
