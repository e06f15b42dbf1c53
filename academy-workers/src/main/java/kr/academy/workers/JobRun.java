package kr.academy.workers;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kr.academy.jobs.JobAttempts;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.ProgressReporter;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.tenancy.TenantId;

/** One attempt at one job, as its processor sees it. */
public final class JobRun implements ProgressReporter {

  /** The user cancelled the job; thrown out of {@link #progress} to stop the processor. */
  public static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  /** The attempt ran past its type's hard timeout; thrown out of {@link #progress}. */
  public static final class TimedOut extends RuntimeException {
    TimedOut(Duration limit) {
      super(
          "stopped: the job ran past its time limit of " + limit.toSeconds() + " seconds",
          null,
          false,
          false);
    }
  }

  /**
   * The attempt no longer holds its job: another attempt took it over, or its lease could not be
   * renewed in time. Thrown out of {@link #progress}; the attempt stops and records nothing.
   */
  public static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("the attempt lost its hold on the job", null, false, false);
    }
  }

  /**
   * The job's input can never succeed (a file that cannot be imported, say): the job fails at once
   * with this message, without retries. Processors throw it.
   */
  public static final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message, null, false, false);
    }
  }

  private final TenantId tenant;
  private final JobId job;
  private final JobAttempts.Attempt attempt;
  private final Duration timeout;
  private final ProgressBoard board;
  private final Clock clock;
  private final JobLease lease;

  JobRun(
      TenantId tenant,
      JobId job,
      JobAttempts.Attempt attempt,
      Duration timeout,
      ProgressBoard board,
      Clock clock,
      JobLease lease) {
    this.tenant = tenant;
    this.job = job;
    this.attempt = attempt;
    this.timeout = timeout;
    this.board = board;
    this.clock = clock;
    this.lease = lease;
  }

  public TenantId tenant() {
    return tenant;
  }

  public JobId job() {
    return job;
  }

  public int attempt() {
    return attempt.number();
  }

  /** The job's input; a job whose input is not a JSON object cannot be run at all. */
  public JsonObject input() {
    try (var reader = Json.createReader(new StringReader(attempt.input()))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("the job's input is not a JSON object", e);
    }
  }

  /**
   * Reports progress (0–100) and what is happening, in words a user reads. Also where a job stops:
   * throws {@link Cancelled}, {@link TimedOut} or {@link LeaseLost} when it must not go on.
   */
  @Override
  public void progress(int percent, String step) {
    Instant now = clock.instant();
    if (now.isAfter(attempt.deadline())) {
      throw new TimedOut(timeout);
    }
    if (lease.lostAt(now)) {
      throw new LeaseLost();
    }
    if (board.cancelRequested(tenant, job)) {
      throw new Cancelled();
    }
    board.post(
        tenant,
        job,
        new JobProgress(JobStatus.PROCESSING, Math.max(0, Math.min(99, percent)), step, null, now));
  }
}
