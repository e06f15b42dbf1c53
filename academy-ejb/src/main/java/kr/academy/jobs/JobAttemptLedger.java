package kr.academy.jobs;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import kr.academy.tenancy.TenantBound;

/**
 * {@link JobAttempts} on the database: each call commits before it returns. Each locks the job's
 * row first, so a lease renewal, the attempt's outcome, the sweeper and a cancellation change the
 * job one after another instead of failing on each other's version.
 */
@Stateless
@Local(JobAttempts.class)
@TenantBound
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobAttemptLedger implements JobAttempts {

  @Inject JobRepository jobs;
  @Inject JobSettings settings;
  @Inject Clock clock;
  @Inject JobMetrics metrics;

  /** For the container, which injects the fields. */
  public JobAttemptLedger() {}

  /** The same rules outside the container, over any store of jobs (tests keep them in memory). */
  public JobAttemptLedger(
      JobRepository jobs, JobSettings settings, Clock clock, JobMetrics metrics) {
    this.jobs = jobs;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public Optional<Attempt> claim(JobId id) {
    return jobs.lock(id)
        .map(
            job -> {
              Job.Claim claim = job.claim(clock.instant(), settings.lease());
              jobs.flush();
              return new Attempt(
                  claim,
                  job.type(),
                  job.input(),
                  job.attempts(),
                  claim == Job.Claim.CLAIMED
                      ? job.attemptEndsAt(settings.timeout(job.type()))
                      : job.deadlineAt(),
                  job.progressView());
            });
  }

  @Override
  public Job.Lease renew(JobId id, int attempt) {
    return jobs.lock(id)
        .map(
            job -> {
              Job.Lease lease = job.renewLease(attempt, clock.instant(), settings);
              jobs.flush();
              return lease;
            })
        .orElse(Job.Lease.LOST);
  }

  @Override
  public JobProgress complete(JobId id, int attempt, String result) {
    return change(id, job -> job.complete(attempt, result, clock.instant()));
  }

  @Override
  public JobProgress cancelled(JobId id, int attempt) {
    return change(id, job -> job.stopCancelled(attempt, clock.instant()));
  }

  @Override
  public JobProgress fail(JobId id, int attempt, String reason) {
    return change(id, job -> job.fail(attempt, reason, clock.instant()));
  }

  @Override
  public JobProgress retryLater(JobId id, int attempt, String reason) {
    return change(
        id, job -> job.retryLater(attempt, reason, clock.instant(), settings.resendQueuedAfter()));
  }

  private JobProgress change(JobId id, Consumer<Job> change) {
    Job job = jobs.lock(id).orElseThrow(() -> new IllegalStateException("job " + id + " vanished"));
    JobStatus before = job.status();
    change.accept(job);
    jobs.flush();
    JobEnding.of(before, job).ifPresent(metrics::ended);
    return job.progressView();
  }
}
