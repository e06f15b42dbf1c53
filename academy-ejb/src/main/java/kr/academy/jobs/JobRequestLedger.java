package kr.academy.jobs;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.jobs.outbox.JobOutbox;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantRepository;

/**
 * The bound academy's jobs as the API changes them. Each method is one transaction with both tenant
 * walls raised; a job of another academy is simply not found.
 */
@Stateless
@TenantBound
public class JobRequestLedger {

  @Inject JobRepository jobs;
  @Inject JobQueries queries;
  @Inject JobOutbox outbox;
  @Inject TenantRepository tenants;
  @Inject TenantContext tenant;
  @Inject JobSettings settings;
  @Inject Clock clock;
  @Inject JobMetrics metrics;

  /**
   * Records the job and its outbox message together; the message is sent after the commit. A
   * repeated idempotency key fails here with a unique violation (see {@link Jobs#submit}).
   */
  public Job submit(JobRequest request) {
    Plan plan = tenants.find(tenant.require()).orElseThrow().plan();
    JobType type = request.type();
    type.requireIncludedIn(plan);
    if (type.onePerAcademy()) {
      jobs.findOpen(type)
          .ifPresent(
              open -> {
                throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "JOB_ALREADY_RUNNING",
                    "another "
                        + type
                        + " job of this academy is still running ("
                        + open.jobId()
                        + "); try again when it has finished",
                    List.of(new DomainException.Detail("jobId", open.jobId().toString())));
              });
    }
    Job job =
        Job.submit(request, type.queueFor(plan), clock.instant(), settings.resendQueuedAfter());
    jobs.add(job);
    jobs.flush();
    outbox.enqueue(job);
    return job;
  }

  public Optional<Job> find(JobId id) {
    return jobs.find(id);
  }

  public Optional<Job> findByIdempotencyKey(String key) {
    return jobs.findByIdempotencyKey(key);
  }

  public Page<JobSummary> list(JobFilter filter, PageRequest page) {
    return queries.list(filter, page);
  }

  /** Cancels the job as {@link Job#cancel} allows; empty if there is no such job. */
  public Optional<Job> cancel(JobId id) {
    Optional<Job> found = jobs.lock(id);
    found.ifPresent(
        job -> {
          if (job.status().isFinal()) {
            throw new DomainException(
                DomainException.Kind.CONFLICT,
                "JOB_FINISHED",
                "the job is already " + job.status() + " and cannot be cancelled");
          }
          JobStatus before = job.status();
          job.cancel(clock.instant());
          jobs.flush();
          JobEnding.of(before, job).ifPresent(metrics::ended);
        });
    return found;
  }
}
