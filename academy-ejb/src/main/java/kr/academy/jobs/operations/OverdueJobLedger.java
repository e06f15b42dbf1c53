package kr.academy.jobs.operations;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobEnding;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobMetrics;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobRepository;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.outbox.JobOutbox;
import kr.academy.tenancy.TenantBound;

/** The sweeper's work on one job of the bound academy, in a transaction of its own. */
@Stateless
@TenantBound
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OverdueJobLedger {

  private static final Logger LOG = Logger.getLogger(OverdueJobLedger.class.getName());

  @Inject JobRepository jobs;
  @Inject JobOutbox outbox;
  @Inject JobSettings settings;
  @Inject Clock clock;
  @Inject JobMetrics metrics;

  /** The job's new progress when the sweep changed its state. */
  public Optional<JobProgress> sweep(JobId id) {
    return jobs.lock(id)
        .flatMap(
            job -> {
              JobStatus before = job.status();
              Job.Sweep action = job.sweep(clock.instant(), settings);
              switch (action) {
                case RESEND -> outbox.enqueue(job);
                case FAILED ->
                    LOG.warning("job " + id + " FAILED by the sweeper: " + job.error().orElse(""));
                case NOTHING -> {
                  return Optional.empty();
                }
              }
              LOG.info("swept job " + id + " (" + job.type() + "): " + action);
              jobs.flush();
              JobEnding.of(before, job).ifPresent(metrics::ended);
              return Optional.of(job.progressView());
            });
  }
}
