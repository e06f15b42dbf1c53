package kr.academy.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.academy.tenancy.TenantScoped;

/**
 * A piece of background work an academy asked for. Its state changes only through the methods
 * below, each a rule of the job's life: a finished job never changes again, an attempt holds a job
 * by a lease it renews while it works, another attempt may take the job over only once that lease
 * has lapsed, only the attempt holding the job records its outcome, and the optimistic version
 * makes two workers racing for one job end with one winner.
 */
@Entity
@Table(name = "job")
public class Job extends TenantScoped {

  static final int STEP_MAX = 200;
  static final int ERROR_MAX = 2000;

  /** What taking a job for an attempt found. */
  public enum Claim {
    /** This attempt now holds the job. */
    CLAIMED,
    /** Another attempt holds the job and its time is not up: a duplicate message. */
    HELD_ELSEWHERE,
    /** The job is finished (or cancelled): a redelivery with nothing left to do. */
    FINISHED
  }

  /** What renewing an attempt's lease found. */
  public enum Lease {
    /** The attempt still holds the job, for another lease from now. */
    RENEWED,
    /** The attempt is past its hard timeout: its lease is not extended and runs out. */
    OUT_OF_TIME,
    /** Another attempt took the job over, or it is no longer running: this attempt must stop. */
    LOST
  }

  /** What the sweeper does with an overdue job. */
  public enum Sweep {
    NOTHING,
    RESEND,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_id")
  @SequenceGenerator(name = "job_id", sequenceName = "job_id_seq", allocationSize = 50)
  private long id;

  @Column(name = "job_id", nullable = false)
  private UUID jobId;

  @Enumerated(EnumType.STRING)
  private JobType type;

  @Enumerated(EnumType.STRING)
  private JobQueue queue;

  @Enumerated(EnumType.STRING)
  private JobStatus status;

  private int progress;
  private String step;
  private int attempts;
  private String error;
  private String input;
  private String result;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "cancel_requested")
  private boolean cancelRequested;

  /**
   * While QUEUED: when the sweeper sends the job again. While PROCESSING: when the lease of the
   * attempt holding it runs out unless renewed; after that another attempt may take it over.
   */
  @Column(name = "deadline_at", nullable = false)
  private Instant deadlineAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private int version;

  protected Job() {}

  /**
   * A new job waiting for its worker. If nothing has taken it by the deadline, its message was lost
   * and the sweeper sends it again.
   */
  public static Job submit(JobRequest request, JobQueue queue, Instant now, Duration resendAfter) {
    Job job = new Job();
    job.jobId = JobId.random().value();
    job.type = request.type();
    job.queue = queue;
    job.input = request.input();
    job.idempotencyKey = request.idempotencyKey();
    job.createdBy = request.requestedBy();
    job.status = JobStatus.QUEUED;
    job.step = "queued";
    job.createdAt = now;
    job.updatedAt = now;
    job.deadlineAt = now.plus(resendAfter);
    return job;
  }

  /**
   * Takes the job for a new attempt, held for one {@code lease} from now. A message for a job whose
   * lease a live attempt keeps renewing is a duplicate; one for a job whose lease has lapsed means
   * that attempt's worker is gone (killed, or cut off), and this attempt takes over at once.
   */
  public Claim claim(Instant now, Duration lease) {
    if (status.isFinal()) {
      return Claim.FINISHED;
    }
    if (status == JobStatus.PROCESSING && deadlineAt.isAfter(now)) {
      return Claim.HELD_ELSEWHERE;
    }
    status = JobStatus.PROCESSING;
    attempts++;
    progress = 0;
    step = attempts == 1 ? "started" : "started again (attempt " + attempts + ")";
    startedAt = now;
    deadlineAt = now.plus(lease);
    updatedAt = now;
    return Claim.CLAIMED;
  }

  /**
   * The running attempt {@code attempt} shows it is alive: its lease now ends one lease from now.
   * Only within its hard timeout: an attempt past it is stopped at its next step, and if it never
   * gets there its lease runs out and the sweeper takes the job over. A renewal that finds the job
   * still held by this attempt extends it even if the lease had lapsed meanwhile: nobody took over.
   */
  public Lease renewLease(int attempt, Instant now, JobSettings settings) {
    if (!heldBy(attempt)) {
      return Lease.LOST;
    }
    if (!now.isBefore(attemptEndsAt(settings.timeout(type)))) {
      return Lease.OUT_OF_TIME;
    }
    deadlineAt = now.plus(settings.lease());
    return Lease.RENEWED;
  }

  /** Whether attempt number {@code attempt} is the one running the job now. */
  public boolean heldBy(int attempt) {
    return status == JobStatus.PROCESSING && attempts == attempt;
  }

  /** When the current attempt must stop: its start plus its type's hard timeout. */
  public Instant attemptEndsAt(Duration timeout) {
    return startedAt.plus(timeout);
  }

  /**
   * Attempt {@code attempt} finished its work; a cancellation asked for meanwhile wins over the
   * result. An attempt that lost the job to another records nothing.
   */
  public void complete(int attempt, String result, Instant now) {
    if (!heldBy(attempt)) {
      return;
    }
    if (cancelRequested) {
      finish(JobStatus.CANCELLED, "cancelled", now);
      return;
    }
    this.result = result;
    this.error = null;
    this.progress = 100;
    finish(JobStatus.DONE, "done", now);
  }

  /**
   * Attempt {@code attempt} found that the job cannot succeed; see {@link #fail(String, Instant)}.
   */
  public void fail(int attempt, String reason, Instant now) {
    if (heldBy(attempt)) {
      fail(reason, now);
    }
  }

  /** The job cannot succeed: the reason is what the user reads. */
  public void fail(String reason, Instant now) {
    if (status.isFinal()) {
      return;
    }
    this.error = clip(reason, ERROR_MAX);
    finish(JobStatus.FAILED, "failed", now);
  }

  /** Attempt {@code attempt} failed and another will follow after the queue's back-off. */
  public void retryLater(int attempt, String reason, Instant now, Duration resendAfter) {
    if (!heldBy(attempt)) {
      return;
    }
    status = JobStatus.QUEUED;
    error = clip(reason, ERROR_MAX);
    step = clip("attempt " + attempts + " failed; waiting to retry", STEP_MAX);
    deadlineAt = now.plus(resendAfter);
    updatedAt = now;
  }

  /**
   * Cancels a job that has not started; a running one stops at its next step (or its result is
   * discarded when it finishes first). A finished job is left as it is.
   */
  public void cancel(Instant now) {
    if (status == JobStatus.QUEUED) {
      finish(JobStatus.CANCELLED, "cancelled", now);
    } else if (status == JobStatus.PROCESSING) {
      cancelRequested = true;
      updatedAt = now;
    }
  }

  /** The running attempt {@code attempt} saw the cancellation and stopped. */
  public void stopCancelled(int attempt, Instant now) {
    if (heldBy(attempt) && cancelRequested) {
      finish(JobStatus.CANCELLED, "cancelled", now);
    }
  }

  /**
   * The sweeper's rule for a job past its deadline: a queued job's message was lost, so it is sent
   * again; a running job whose lease lapsed has lost its worker (or ran past its hard timeout
   * without stopping) and is re-queued at once, or FAILED once it used all attempts.
   */
  public Sweep sweep(Instant now, JobSettings settings) {
    if (status == JobStatus.QUEUED && !deadlineAt.isAfter(now)) {
      deadlineAt = now.plus(settings.resendQueuedAfter());
      updatedAt = now;
      return Sweep.RESEND;
    }
    if (status == JobStatus.PROCESSING && !deadlineAt.isAfter(now)) {
      Duration limit = settings.timeout(type);
      String reason =
          now.isBefore(attemptEndsAt(limit))
              ? "the worker stopped responding"
              : "the job ran past its limit of " + limit.toMinutes() + " minutes";
      if (attempts >= settings.maxAttempts()) {
        fail(reason + " on every attempt", now);
        return Sweep.FAILED;
      }
      status = JobStatus.QUEUED;
      error = reason;
      step = "re-queued after a lost attempt";
      deadlineAt = now.plus(settings.resendQueuedAfter());
      updatedAt = now;
      return Sweep.RESEND;
    }
    return Sweep.NOTHING;
  }

  /** Puts a FAILED job back in line (an operator re-drove its dead letter): all attempts anew. */
  public boolean redrive(Instant now, Duration resendAfter) {
    if (status != JobStatus.FAILED) {
      return false;
    }
    status = JobStatus.QUEUED;
    attempts = 0;
    step = "re-driven from the dead-letter queue";
    finishedAt = null;
    deadlineAt = now.plus(resendAfter);
    updatedAt = now;
    return true;
  }

  private void finish(JobStatus outcome, String lastStep, Instant now) {
    status = outcome;
    step = lastStep;
    finishedAt = now;
    updatedAt = now;
  }

  private static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  public JobProgress progressView() {
    return new JobProgress(status, progress, step, error, updatedAt);
  }

  public long id() {
    return id;
  }

  public JobId jobId() {
    return new JobId(jobId);
  }

  public JobType type() {
    return type;
  }

  public JobQueue queue() {
    return queue;
  }

  public JobStatus status() {
    return status;
  }

  public int progress() {
    return progress;
  }

  public String step() {
    return step;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  public String input() {
    return input;
  }

  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  public boolean cancelRequested() {
    return cancelRequested;
  }

  public Instant deadlineAt() {
    return deadlineAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
