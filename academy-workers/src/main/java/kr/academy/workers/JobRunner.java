package kr.academy.workers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobAttempts;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobResults;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.JobType;
import kr.academy.jobs.WorkerMessage;
import kr.academy.jobs.operations.ProbeReceipts;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.platform.logging.LogFields;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;

/**
 * What every queue's message-driven bean does with a message: bind the academy the message names,
 * claim the job (skipping duplicates and finished jobs, so delivery may be at-least-once), run its
 * processor, and record the outcome in the database before posting it as progress.
 *
 * <p>A failure is recorded as "retrying" and rethrown, so the queue redelivers after its back-off;
 * on the last attempt the job is FAILED and the message goes on to the dead-letter queue. The job's
 * error is a sentence with an incident id; the failure itself goes to the log under that id. A
 * cancellation, a hard timeout or input that can never succeed ends the job at once.
 *
 * <p>While the processor works, {@link JobLeases} renews the attempt's lease. An attempt that lost
 * it stops at its next step and records nothing: the attempt that took over owns the job.
 */
@ApplicationScoped
public class JobRunner {

  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  /** The log field naming the job a worker thread works on (docs/operations.md, Logs). */
  static final String LOG_FIELD = "jobId";

  private JobAttempts attempts;
  private ProgressBoard board;
  private ProbeReceipts probes;
  private JobResults results;
  private JobSettings settings;
  private TenantContext tenant;
  private Clock clock;
  private JobLeases leases;
  private LogFields logFields;
  private final Map<JobType, JobProcessor> processors = new EnumMap<>(JobType.class);

  /** For CDI's proxy. */
  protected JobRunner() {}

  @Inject
  public JobRunner(
      JobAttempts attempts,
      ProgressBoard board,
      ProbeReceipts probes,
      JobResults results,
      JobSettings settings,
      TenantContext tenant,
      Clock clock,
      JobLeases leases,
      LogFields logFields,
      @Any Instance<JobProcessor> processors) {
    this(
        attempts,
        board,
        probes,
        results,
        settings,
        tenant,
        clock,
        leases,
        logFields,
        processors.stream().toList());
  }

  JobRunner(
      JobAttempts attempts,
      ProgressBoard board,
      ProbeReceipts probes,
      JobResults results,
      JobSettings settings,
      TenantContext tenant,
      Clock clock,
      JobLeases leases,
      LogFields logFields,
      List<JobProcessor> processors) {
    this.attempts = attempts;
    this.board = board;
    this.probes = probes;
    this.results = results;
    this.settings = settings;
    this.tenant = tenant;
    this.clock = clock;
    this.leases = leases;
    this.logFields = logFields;
    for (JobProcessor processor : processors) {
      if (this.processors.put(processor.type(), processor) != null) {
        throw new IllegalStateException("two processors for " + processor.type());
      }
    }
  }

  /**
   * Handles one delivery of a message from {@code queue}; {@code deliveryCount} is how often SQS
   * has delivered it. Throws to leave the message on the queue.
   */
  public void deliver(JobQueue queue, String body, int deliveryCount) {
    WorkerMessage message = WorkerMessage.parse(body);
    if (message instanceof WorkerMessage.Probe probe) {
      probes.received(probe.nonce(), queue);
      return;
    }
    WorkerMessage.JobMessage job = (WorkerMessage.JobMessage) message;
    try (LogFields.Field field = logFields.put(LOG_FIELD, job.job().toString())) {
      tenant.callAs(
          job.tenant(),
          () -> {
            run(job.tenant(), job.job(), deliveryCount);
            return null;
          });
    }
  }

  private void run(TenantId academy, JobId id, int deliveryCount) {
    Optional<JobAttempts.Attempt> claimed = attempts.claim(id);
    if (claimed.isEmpty()) {
      LOG.warning("academy " + academy + " has no job " + id + "; its message is dropped");
      return;
    }
    JobAttempts.Attempt attempt = claimed.get();
    if (attempt.claim() != Job.Claim.CLAIMED) {
      LOG.fine("job " + id + " skipped: " + attempt.claim());
      return;
    }
    board.post(academy, id, attempt.progress());
    JobProcessor processor = processors.get(attempt.type());
    if (processor == null) {
      board.post(
          academy,
          id,
          attempts.fail(
              id, attempt.number(), "no worker of this deployment runs " + attempt.type()));
      return;
    }
    JobLease lease = leases.hold(academy, id, attempt.number());
    JobRun run =
        new JobRun(academy, id, attempt, settings.timeout(attempt.type()), board, clock, lease);
    Instant started = clock.instant();
    try {
      String result = results.keep(academy, id, processor.process(run));
      board.post(academy, id, attempts.complete(id, attempt.number(), result));
      LOG.info(
          () ->
              "job "
                  + id
                  + " ("
                  + attempt.type()
                  + ") attempt "
                  + attempt.number()
                  + " succeeded in "
                  + Duration.between(started, clock.instant()).toMillis()
                  + " ms");
    } catch (JobRun.Cancelled e) {
      board.post(academy, id, attempts.cancelled(id, attempt.number()));
    } catch (JobRun.LeaseLost e) {
      LOG.warning("job " + id + " attempt " + attempt.number() + " stopped: " + e.getMessage());
    } catch (JobRun.TimedOut | JobRun.Refused e) {
      board.post(academy, id, attempts.fail(id, attempt.number(), e.getMessage()));
    } catch (Exception e) {
      int max = settings.maxAttempts();
      boolean last = deliveryCount >= max || attempt.number() >= max;
      // What failed (an exception, SQL, a library) is for operators: the academy sees a sentence
      // and the incident id that finds the details in the log.
      String incident = UUID.randomUUID().toString();
      LOG.log(
          Level.WARNING,
          "job "
              + id
              + " ("
              + attempt.type()
              + ") attempt "
              + attempt.number()
              + " failed; incident "
              + incident,
          e);
      board.post(
          academy,
          id,
          last
              ? attempts.fail(
                  id,
                  attempt.number(),
                  "failed after "
                      + attempt.number()
                      + " attempts because of a problem on our side; quote incident "
                      + incident
                      + " when you contact support")
              : attempts.retryLater(
                  id,
                  attempt.number(),
                  "attempt "
                      + attempt.number()
                      + " failed because of a problem on our side and will be tried again"
                      + " (incident "
                      + incident
                      + ")"));
      throw new JobAttemptFailed("incident " + incident, e);
    } finally {
      leases.release(lease);
    }
  }
}
