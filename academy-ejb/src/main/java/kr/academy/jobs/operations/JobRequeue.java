package kr.academy.jobs.operations;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobRepository;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.outbox.JobOutbox;
import kr.academy.tenancy.TenantBound;

/** Puts one FAILED job of the bound academy back in line, with its outbox message. */
@Stateless
@TenantBound
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRequeue {

  @Inject JobRepository jobs;
  @Inject JobOutbox outbox;
  @Inject JobSettings settings;
  @Inject Clock clock;

  /** The job's new progress if it was FAILED and is queued again; empty otherwise. */
  public Optional<JobProgress> requeue(JobId id) {
    return jobs.find(id)
        .filter(job -> job.redrive(clock.instant(), settings.resendQueuedAfter()))
        .map(
            job -> {
              jobs.flush();
              outbox.enqueue(job);
              return job.progressView();
            });
  }
}
