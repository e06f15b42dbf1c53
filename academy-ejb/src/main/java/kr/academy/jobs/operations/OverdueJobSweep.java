package kr.academy.jobs.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.tenancy.AcademySweep;
import kr.academy.tenancy.TenantContext;

/**
 * Finds jobs past their deadline in every academy ({@code overdue_jobs()}) and applies {@link
 * Job#sweep} to each in its own academy's transaction ({@link OverdueJobLedger}): a queued job
 * whose message was lost is sent again, a running job whose worker vanished is re-queued or FAILED.
 */
@ApplicationScoped
public class OverdueJobSweep implements AcademySweep {

  @Inject OverdueJobLedger ledger;
  @Inject ProgressBoard board;
  @Inject JobSettings settings;
  @Inject TenantContext tenant;

  @Override
  public String name() {
    return "job-sweeper";
  }

  @Override
  public Duration interval() {
    return settings.sweepInterval();
  }

  @Override
  public String dueItemsFunction() {
    return "overdue_jobs";
  }

  @Override
  public void handle(UUID item) {
    JobId job = new JobId(item);
    ledger.sweep(job).ifPresent(progress -> board.post(tenant.require(), job, progress));
  }
}
