package kr.academy.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobAttempts;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobType;
import kr.academy.jobs.ProgressBoard;
import kr.academy.jobs.ProgressStore;
import kr.academy.jobs.QueueProbes;
import kr.academy.jobs.WorkerMessage;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** The runner without Liberty: in-memory attempts and progress, scripted processors. */
class JobRunnerTest {

  private static final TenantId ACADEMY = new TenantId(7);
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private final FakeAttempts attempts = new FakeAttempts();
  private final FakeStore store = new FakeStore();
  private final Map<String, JobQueue> probes = new HashMap<>();
  private final TenantContext tenant = new TenantContext();
  private final JobSettings settings = new JobSettings();
  private final MovableClock clock = new MovableClock(NOW);
  // The renewal timer runs on threads of its own, each with its own request (and tenant) context.
  private final JobLeases leases = new JobLeases(attempts, new TenantContext(), settings, clock);

  private JobRunner runner(JobProcessor... processors) {
    QueueProbes probeLog =
        new QueueProbes() {
          @Override
          public void received(String nonce, JobQueue queue) {
            probes.put(nonce, queue);
          }

          @Override
          public Optional<JobQueue> receivedBy(String nonce) {
            return Optional.ofNullable(probes.get(nonce));
          }
        };
    return new JobRunner(
        attempts,
        new ProgressBoard(store, settings),
        probeLog,
        (tenant, job, result) -> result.toString(),
        settings,
        tenant,
        clock,
        leases,
        List.of(processors));
  }

  private static JobProcessor export(ThrowingWork work) {
    return new JobProcessor() {
      @Override
      public JobType type() {
        return JobType.STUDENT_EXPORT;
      }

      @Override
      public JsonObject process(JobRun run) throws Exception {
        return work.run(run);
      }
    };
  }

  private interface ThrowingWork {
    JsonObject run(JobRun run) throws Exception;
  }

  private static String message(JobId job) {
    return new WorkerMessage.JobMessage(ACADEMY, job, JobType.STUDENT_EXPORT).toJson();
  }

  @Test
  void aJobRunsWithItsAcademyBoundAndEndsDoneInTheDatabaseThenInRedis() {
    JobId job = attempts.add();
    List<TenantId> boundDuringWork = new ArrayList<>();
    JobRunner runner =
        runner(
            export(
                run -> {
                  boundDuringWork.add(tenant.require());
                  run.progress(50, "half way");
                  return Json.createObjectBuilder().add("rows", 3).build();
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1);

    assertEquals(List.of(ACADEMY), boundDuringWork);
    assertEquals(JobStatus.DONE, attempts.status(job));
    assertEquals("{\"rows\":3}", attempts.result(job));
    List<JobStatus> posted = store.statuses(job);
    assertEquals(List.of(JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.DONE), posted);
    assertEquals(50, store.history.get(job).get(1).progress());
    assertTrue(tenant.current().isEmpty(), "the academy is unbound after the message");
  }

  @Test
  void aDuplicateMessageForAHeldOrFinishedJobDoesNothing() {
    JobId job = attempts.add();
    int[] runs = {0};
    JobRunner runner =
        runner(
            export(
                run -> {
                  runs[0]++;
                  return Json.createObjectBuilder().build();
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1);
    runner.deliver(JobQueue.EXCEL, message(job), 1);
    assertEquals(1, runs[0]);
    runner.deliver(JobQueue.EXCEL, message(JobId.random()), 1);
    assertEquals(1, runs[0], "a job the academy does not have is dropped");
  }

  @Test
  void aFailureIsRetriedWithItsReasonAndTheLastAttemptFailsTheJob() {
    JobId job = attempts.add();
    JobRunner runner =
        runner(
            export(
                run -> {
                  throw new IllegalStateException("S3 is unavailable");
                }));
    assertThrows(JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 1));
    assertEquals(JobStatus.QUEUED, attempts.status(job));
    assertEquals("attempt 1 failed: S3 is unavailable", store.last(job).error());

    assertThrows(JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 2));
    assertThrows(JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 3));
    assertEquals(JobStatus.FAILED, attempts.status(job));
    assertEquals("failed after 3 attempts: S3 is unavailable", store.last(job).error());
  }

  @Test
  void aCancellationSeenAtAStepEndsTheJobCancelled() {
    JobId job = attempts.add();
    JobRunner runner =
        runner(
            export(
                run -> {
                  attempts.jobs.get(job).cancel(NOW);
                  store.cancelled.add(job);
                  run.progress(10, "step");
                  throw new AssertionError("the run goes past a cancellation");
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1);
    assertEquals(JobStatus.CANCELLED, attempts.status(job));
    assertEquals(JobStatus.CANCELLED, store.last(job).status());
  }

  @Test
  void anAttemptPastItsHardTimeoutFailsWithoutRetry() {
    JobId job = attempts.add();
    attempts.timeout = Duration.ofSeconds(-1);
    JobRunner runner =
        runner(
            export(
                run -> {
                  run.progress(10, "step");
                  return Json.createObjectBuilder().build();
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1);
    assertEquals(JobStatus.FAILED, attempts.status(job));
    assertTrue(store.last(job).error().startsWith("stopped: the job ran past its time limit"));
  }

  @Test
  void inputThatCanNeverSucceedFailsTheJobAtOnceWithoutRetry() {
    JobId job = attempts.add();
    JobRunner runner =
        runner(
            export(
                run -> {
                  throw new JobRun.Refused("필수 열이 없습니다: '이름'");
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1);
    assertEquals(JobStatus.FAILED, attempts.status(job));
    assertEquals("필수 열이 없습니다: '이름'", store.last(job).error());
  }

  @Test
  void aProbeIsNotedAndAMessageThatIsNoJobIsRefused() {
    JobRunner runner = runner();
    runner.deliver(JobQueue.VIDEO, "{\"probe\":\"p-1\"}", 1);
    assertEquals(JobQueue.VIDEO, probes.get("p-1"));
    assertThrows(
        IllegalArgumentException.class, () -> runner.deliver(JobQueue.VIDEO, "garbage", 1));
  }

  @Test
  void aJobWithoutAProcessorHereFailsAtOnce() {
    JobId job = attempts.add();
    runner().deliver(JobQueue.EXCEL, message(job), 1);
    assertEquals(JobStatus.FAILED, attempts.status(job));
    assertFalse(store.last(job).error().isBlank());
  }

  @Test
  void theLeaseIsRenewedWhileTheProcessorWorksAndAnAttemptThatLostItStopsAndRecordsNothing() {
    JobId job = attempts.add();
    JobRunner runner =
        runner(
            export(
                run -> {
                  clock.advance(settings.leaseRenewInterval());
                  leases.renewAll();
                  assertEquals(clock.instant().plus(settings.lease()), attempts.deadline(job));
                  run.progress(40, "still holding the job");
                  Job held = attempts.jobs.get(job);
                  held.claim(held.deadlineAt(), settings.lease());
                  leases.renewAll();
                  run.progress(50, "lost it");
                  throw new AssertionError("the attempt goes on after losing its job");
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1);

    assertEquals(JobStatus.PROCESSING, attempts.status(job));
    assertEquals(2, attempts.jobs.get(job).attempts(), "the attempt that took over holds it");
    assertTrue(attempts.jobs.get(job).error().isEmpty());
    assertEquals(JobStatus.PROCESSING, store.last(job).status());
    assertEquals(40, store.last(job).progress());
  }

  @Test
  void anAttemptWhoseLeaseCannotBeConfirmedGoesOnWhileItLastsAndThenStops() {
    JobId job = attempts.add();
    List<Integer> reached = new ArrayList<>();
    JobRunner runner =
        runner(
            export(
                run -> {
                  attempts.unreachable = true;
                  clock.advance(settings.lease().minusSeconds(1));
                  leases.renewAll();
                  run.progress(30, "the database is out of reach, the lease still holds");
                  reached.add(30);
                  clock.advance(Duration.ofSeconds(2));
                  leases.renewAll();
                  run.progress(60, "the lease has run out");
                  reached.add(60);
                  return Json.createObjectBuilder().build();
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1);

    assertEquals(List.of(30), reached);
    assertEquals(JobStatus.PROCESSING, attempts.status(job), "left for a takeover");
    assertNull(attempts.result(job));
  }

  @Test
  void anAttemptsLeaseIsReleasedWhenItEnds() {
    JobId job = attempts.add();
    runner(export(run -> Json.createObjectBuilder().build()))
        .deliver(JobQueue.EXCEL, message(job), 1);
    attempts.renewals = 0;
    leases.renewAll();
    assertEquals(0, attempts.renewals);
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  /** Jobs in memory, changed by the domain's own rules. */
  private final class FakeAttempts implements JobAttempts {
    final Map<JobId, Job> jobs = new HashMap<>();
    Duration timeout = Duration.ofMinutes(10);
    boolean unreachable;
    int renewals;

    JobId add() {
      Job job =
          Job.submit(
              new kr.academy.jobs.JobRequest(JobType.STUDENT_EXPORT, "{}", null, null),
              JobQueue.EXCEL,
              NOW,
              Duration.ofMinutes(5));
      jobs.put(job.jobId(), job);
      return job.jobId();
    }

    JobStatus status(JobId id) {
      return jobs.get(id).status();
    }

    String result(JobId id) {
      return jobs.get(id).result().orElse(null);
    }

    Instant deadline(JobId id) {
      return jobs.get(id).deadlineAt();
    }

    @Override
    public Optional<Attempt> claim(JobId id) {
      return Optional.ofNullable(jobs.get(id))
          .map(
              job -> {
                Job.Claim claim = job.claim(clock.instant(), settings.lease());
                return new Attempt(
                    claim,
                    job.type(),
                    job.input(),
                    job.attempts(),
                    job.attemptEndsAt(timeout),
                    job.progressView());
              });
    }

    @Override
    public Job.Lease renew(JobId id, int attempt) {
      renewals++;
      if (unreachable) {
        throw new IllegalStateException("the database cannot be reached");
      }
      return jobs.get(id).renewLease(attempt, clock.instant(), settings);
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
          id, job -> job.retryLater(attempt, reason, clock.instant(), Duration.ofMinutes(5)));
    }

    private JobProgress change(JobId id, Consumer<Job> change) {
      Job job = jobs.get(id);
      change.accept(job);
      return job.progressView();
    }
  }

  /** Progress in memory, in the order it was written. */
  private static final class FakeStore implements ProgressStore {
    final Map<JobId, List<JobProgress>> history = new HashMap<>();
    final List<JobId> cancelled = new ArrayList<>();

    List<JobStatus> statuses(JobId job) {
      return history.get(job).stream().map(JobProgress::status).toList();
    }

    JobProgress last(JobId job) {
      List<JobProgress> written = history.get(job);
      return written.get(written.size() - 1);
    }

    @Override
    public void write(TenantId tenant, JobId job, JobProgress progress, Optional<Duration> ttl) {
      history.computeIfAbsent(job, k -> new ArrayList<>()).add(progress);
    }

    @Override
    public Optional<JobProgress> read(TenantId tenant, JobId job) {
      return Optional.ofNullable(history.get(job)).map(list -> list.get(list.size() - 1));
    }

    @Override
    public void requestCancel(TenantId tenant, JobId job) {
      cancelled.add(job);
    }

    @Override
    public boolean cancelRequested(TenantId tenant, JobId job) {
      return cancelled.contains(job);
    }

    @Override
    public Subscription subscribe(TenantId tenant, JobId job, Consumer<JobProgress> listener) {
      return () -> {};
    }
  }
}
