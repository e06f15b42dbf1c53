package kr.academy.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Clock.fixed(NOW, ZoneOffset.UTC),
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
  void aFailureIsRetriedAndTheLastAttemptFailsTheJobWithASentenceAndAnIncidentInTheLog() {
    JobId job = attempts.add();
    String internals =
        "Internal Exception: org.postgresql.util.PSQLException: ERROR: invalid byte sequence"
            + " for encoding \"UTF8\": 0x00 (Eclipse Persistence Services - 4.0.9) SELECT id";
    JobRunner runner =
        runner(
            export(
                run -> {
                  throw new IllegalStateException(internals);
                }));
    List<LogRecord> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(JobRunner.class.getName());
    log.addHandler(capture);
    log.setUseParentHandlers(false);
    String retrying;
    try {
      assertThrows(JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 1));
      assertEquals(JobStatus.QUEUED, attempts.status(job));
      retrying = store.last(job).error();
      assertTrue(
          retrying.matches(
              "attempt 1 failed because of a problem on our side and will be tried again"
                  + " \\(incident [0-9a-f-]{36}\\)"),
          retrying);

      assertThrows(JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 2));
      assertThrows(JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 3));
    } finally {
      log.removeHandler(capture);
      log.setUseParentHandlers(true);
    }
    assertEquals(JobStatus.FAILED, attempts.status(job));
    String failed = store.last(job).error();
    assertEquals(failed, attempts.jobs.get(job).error().orElseThrow());
    Matcher sentence =
        Pattern.compile(
                "failed after 3 attempts because of a problem on our side; quote incident"
                    + " ([0-9a-f-]{36}) when you contact support")
            .matcher(failed);
    assertTrue(sentence.matches(), failed);
    for (String internal : new String[] {"Exception", "PSQL", "SQL", "4.0.9", "SELECT", "org."}) {
      assertFalse(failed.contains(internal), failed);
      assertFalse(retrying.contains(internal), retrying);
    }
    LogRecord last = logged.get(logged.size() - 1);
    assertTrue(last.getMessage().endsWith("incident " + sentence.group(1)), last.getMessage());
    assertEquals(internals, last.getThrown().getMessage(), "the internals are in the log");
    assertEquals(3, logged.size());
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

  /** Jobs in memory, changed by the domain's own rules. */
  private static final class FakeAttempts implements JobAttempts {
    final Map<JobId, Job> jobs = new HashMap<>();
    Duration timeout = Duration.ofMinutes(10);

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

    @Override
    public Optional<Attempt> claim(JobId id) {
      return Optional.ofNullable(jobs.get(id))
          .map(
              job -> {
                Job.Claim claim = job.claim(NOW, timeout);
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
      return change(id, job -> job.complete(result, NOW));
    }

    @Override
    public JobProgress cancelled(JobId id) {
      return change(id, job -> job.stopCancelled(NOW));
    }

    @Override
    public JobProgress fail(JobId id, String reason) {
      return change(id, job -> job.fail(reason, NOW));
    }

    @Override
    public JobProgress retryLater(JobId id, String reason) {
      return change(id, job -> job.retryLater(reason, NOW, Duration.ofMinutes(5)));
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
