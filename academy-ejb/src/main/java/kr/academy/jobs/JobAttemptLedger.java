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

/** {@link JobAttempts} on the database: each call commits before it returns. */
@Stateless
@Local(JobAttempts.class)
@TenantBound
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobAttemptLedger implements JobAttempts {

  @Inject JobRepository jobs;
  @Inject JobSettings settings;
  @Inject Clock clock;

  /** For the container, which injects the fields. */
  public JobAttemptLedger() {}

  /** The same rules outside the container, over any store of jobs (tests keep them in memory). */
  public JobAttemptLedger(JobRepository jobs, JobSettings settings, Clock clock) {
    this.jobs = jobs;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Optional<Attempt> claim(JobId id) {
    return jobs.find(id)
        .map(
            job -> {
              Job.Claim claim = job.claim(clock.instant(), settings.timeout(job.type()));
              jobs.flush();
              return new Attempt(
                  claim,
                  job.type(),
                  job.input(),
                  job.attempts(),
                  job.deadlineAt(),
                  job.progressView());
            });
  }

  @Override
  public JobProgress complete(JobId id, String result) {
    return change(id, job -> job.complete(result, clock.instant()));
  }

  @Override
  public JobProgress cancelled(JobId id) {
    return change(id, job -> job.stopCancelled(clock.instant()));
  }

  @Override
  public JobProgress fail(JobId id, String reason) {
    return change(id, job -> job.fail(reason, clock.instant()));
  }

  @Override
  public JobProgress retryLater(JobId id, String reason) {
    return change(id, job -> job.retryLater(reason, clock.instant(), settings.resendQueuedAfter()));
  }

  private JobProgress change(JobId id, Consumer<Job> change) {
    Job job = jobs.find(id).orElseThrow(() -> new IllegalStateException("job " + id + " vanished"));
    change.accept(job);
    jobs.flush();
    return job.progressView();
  }
}
