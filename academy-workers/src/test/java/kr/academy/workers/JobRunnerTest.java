package kr.academy.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobAttemptLedger;
import kr.academy.jobs.JobEnding;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobType;
import kr.academy.jobs.WorkerMessage;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.logging.LogFields;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import kr.academy.testing.InMemoryJobRepository;
import kr.academy.testing.InMemoryProbeReceipts;
import kr.academy.testing.InMemoryProgressStore;
import kr.academy.testing.RecordedJobMetrics;
import kr.academy.testing.RecordedSpans;
import kr.academy.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The runner without Liberty: the real attempt ledger over jobs in memory, progress in memory,
 * scripted processors.
 */
class JobRunnerTest {

  private static final TenantId ACADEMY = new TenantId(7);
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private final TestClock clock = new TestClock(NOW);
  private final JobSettings settings = new JobSettings();
  private final InMemoryJobRepository jobs = new InMemoryJobRepository();
  private final InMemoryProgressStore store = new InMemoryProgressStore();
  private final InMemoryProbeReceipts probes = new InMemoryProbeReceipts();
  private final TenantContext tenant = new TenantContext();
  private final RecordedSpans tracing = new RecordedSpans();
  private final RecordedJobMetrics metrics = new RecordedJobMetrics();
  private final JobAttemptLedger attempts = new JobAttemptLedger(jobs, settings, clock, metrics);
  // The renewal timer runs on threads of its own, each with its own request (and tenant) context.
  private final JobLeases leases = new JobLeases(attempts, new TenantContext(), settings, clock);

  private JobRunner runner(JobProcessor... processors) {
    return new JobRunner(
        attempts,
        new ProgressBoard(store, settings),
        probes,
        (tenant, job, result) -> result.toString(),
        settings,
        tenant,
        clock,
        leases,
        LogFields.NONE,
        tracing,
        List.of(processors));
  }

  private JobId submitted() {
    Job job =
        Job.submit(
            new JobRequest(JobType.STUDENT_EXPORT, "{}", null, null),
            JobQueue.EXCEL,
            clock.instant(),
            settings.resendQueuedAfter());
    jobs.add(job);
    return job.jobId();
  }

  private JobStatus status(JobId job) {
    return jobs.get(job).status();
  }

  private List<JobProgress> posted(JobId job) {
    return store.written(ACADEMY, job);
  }

  private JobProgress lastPosted(JobId job) {
    List<JobProgress> all = posted(job);
    return all.get(all.size() - 1);
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
    JobId job = submitted();
    List<TenantId> boundDuringWork = new ArrayList<>();
    JobRunner runner =
        runner(
            export(
                run -> {
                  boundDuringWork.add(tenant.require());
                  run.progress(50, "half way");
                  return Json.createObjectBuilder().add("rows", 3).build();
                }));
    clock.advance(Duration.ofSeconds(2));
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);

    assertEquals(List.of(ACADEMY), boundDuringWork);
    assertEquals(JobStatus.DONE, status(job));
    assertEquals("{\"rows\":3}", jobs.get(job).result().orElse(null));
    assertEquals(
        List.of(JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.DONE),
        posted(job).stream().map(JobProgress::status).toList());
    assertEquals(50, posted(job).get(1).progress());
    assertTrue(tenant.current().isEmpty(), "the academy is unbound after the message");
    assertEquals(
        List.of(
            new JobEnding(
                JobType.STUDENT_EXPORT,
                JobStatus.DONE,
                Duration.ofSeconds(2),
                Optional.of(Duration.ZERO))),
        metrics.endings(),
        "one ending, timed from the submission and from the claim");
  }

  @Test
  void aJobRunsInAConsumerSpanThatContinuesTheTraceTheMessageCarried() {
    JobId job = submitted();
    String sender = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    List<Boolean> openDuringWork = new ArrayList<>();
    JobRunner runner =
        runner(
            export(
                run -> {
                  openDuringWork.add(!tracing.spans().get(0).closed());
                  return Json.createObjectBuilder().build();
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1, sender);

    RecordedSpans.Recorded span = tracing.spans().get(0);
    assertEquals("CONSUMER", span.kind);
    assertEquals("job STUDENT_EXPORT", span.name);
    assertEquals(sender, span.parent);
    assertEquals(job.toString(), span.attributes.get("academy.job.id"));
    assertEquals("STUDENT_EXPORT", span.attributes.get("academy.job.type"));
    assertEquals(ACADEMY.toString(), span.attributes.get("academy.id"));
    assertTrue(span.closed(), "the span ends with the delivery");
    assertEquals(List.of(true), openDuringWork, "the processor works inside the span");
  }

  @Test
  void aFailedAttemptMarksItsSpanFailed() {
    JobId job = submitted();
    JobRunner runner =
        runner(
            export(
                run -> {
                  throw new IllegalStateException("S3 is down");
                }));
    assertThrows(
        JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 1, null));

    RecordedSpans.Recorded span = tracing.spans().get(0);
    assertTrue(span.failure() instanceof JobAttemptFailed, String.valueOf(span.failure()));
    assertEquals(null, span.parent, "a message without a trace starts one of its own");
    assertTrue(span.closed());
  }

  @Test
  void aDuplicateMessageForAHeldOrFinishedJobDoesNothing() {
    JobId job = submitted();
    int[] runs = {0};
    JobRunner runner =
        runner(
            export(
                run -> {
                  runs[0]++;
                  return Json.createObjectBuilder().build();
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);
    assertEquals(1, runs[0]);
    assertEquals(1, metrics.endings().size(), "a redelivery of a finished job ends nothing");
    runner.deliver(JobQueue.EXCEL, message(JobId.random()), 1, null);
    assertEquals(1, runs[0], "a job the academy does not have is dropped");
  }

  @Test
  void aFailureIsRetriedAndTheLastAttemptFailsTheJobWithASentenceAndAnIncidentInTheLog() {
    JobId job = submitted();
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
      assertThrows(
          JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 1, null));
      assertEquals(JobStatus.QUEUED, status(job));
      retrying = lastPosted(job).error();
      assertTrue(
          retrying.matches(
              "attempt 1 failed because of a problem on our side and will be tried again"
                  + " \\(incident [0-9a-f-]{36}\\)"),
          retrying);

      assertThrows(
          JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 2, null));
      assertThrows(
          JobAttemptFailed.class, () -> runner.deliver(JobQueue.EXCEL, message(job), 3, null));
    } finally {
      log.removeHandler(capture);
      log.setUseParentHandlers(true);
    }
    assertEquals(JobStatus.FAILED, status(job));
    String failed = lastPosted(job).error();
    assertEquals(failed, jobs.get(job).error().orElseThrow());
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
    JobId job = submitted();
    JobRunner runner =
        runner(
            export(
                run -> {
                  jobs.get(job).cancel(clock.instant());
                  store.requestCancel(ACADEMY, job);
                  run.progress(10, "step");
                  throw new AssertionError("the run goes past a cancellation");
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);
    assertEquals(JobStatus.CANCELLED, status(job));
    assertEquals(JobStatus.CANCELLED, lastPosted(job).status());
  }

  @Test
  void anAttemptPastItsHardTimeoutFailsWithoutRetry() {
    JobId job = submitted();
    JobRunner runner =
        runner(
            export(
                run -> {
                  clock.advance(settings.timeout(JobType.STUDENT_EXPORT).plusSeconds(1));
                  run.progress(10, "step");
                  return Json.createObjectBuilder().build();
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);
    assertEquals(JobStatus.FAILED, status(job));
    assertTrue(lastPosted(job).error().startsWith("stopped: the job ran past its time limit"));
  }

  @Test
  void inputThatCanNeverSucceedFailsTheJobAtOnceWithoutRetry() {
    JobId job = submitted();
    JobRunner runner =
        runner(
            export(
                run -> {
                  throw new JobRun.Refused("필수 열이 없습니다: '이름'");
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);
    assertEquals(JobStatus.FAILED, status(job));
    assertEquals("필수 열이 없습니다: '이름'", lastPosted(job).error());
  }

  @Test
  void aProbeIsNotedAndAMessageThatIsNoJobIsRefused() {
    JobRunner runner = runner();
    runner.deliver(JobQueue.VIDEO, "{\"probe\":\"p-1\"}", 1, null);
    assertEquals(Optional.of(JobQueue.VIDEO), probes.receivedBy("p-1"));
    assertThrows(
        IllegalArgumentException.class, () -> runner.deliver(JobQueue.VIDEO, "garbage", 1, null));
  }

  @Test
  void aJobWithoutAProcessorHereFailsAtOnce() {
    JobId job = submitted();
    runner().deliver(JobQueue.EXCEL, message(job), 1, null);
    assertEquals(JobStatus.FAILED, status(job));
    assertFalse(lastPosted(job).error().isBlank());
  }

  @Test
  void theLeaseIsRenewedWhileTheProcessorWorksAndAnAttemptThatLostItStopsAndRecordsNothing() {
    JobId job = submitted();
    JobRunner runner =
        runner(
            export(
                run -> {
                  clock.advance(settings.leaseRenewInterval());
                  leases.renewAll();
                  assertEquals(clock.instant().plus(settings.lease()), jobs.get(job).deadlineAt());
                  run.progress(40, "still holding the job");
                  Job held = jobs.get(job);
                  held.claim(held.deadlineAt(), settings.lease());
                  leases.renewAll();
                  run.progress(50, "lost it");
                  throw new AssertionError("the attempt goes on after losing its job");
                }));
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);

    assertEquals(JobStatus.PROCESSING, status(job));
    assertEquals(2, jobs.get(job).attempts(), "the attempt that took over holds it");
    assertTrue(jobs.get(job).error().isEmpty());
    assertEquals(JobStatus.PROCESSING, lastPosted(job).status());
    assertEquals(40, lastPosted(job).progress());
  }

  @Test
  void anAttemptWhoseLeaseCannotBeConfirmedGoesOnWhileItLastsAndThenStops() {
    JobId job = submitted();
    List<Integer> reached = new ArrayList<>();
    JobRunner runner =
        runner(
            export(
                run -> {
                  jobs.unreachable(true);
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
    runner.deliver(JobQueue.EXCEL, message(job), 1, null);

    assertEquals(List.of(30), reached);
    assertEquals(JobStatus.PROCESSING, status(job), "left for a takeover");
    assertTrue(jobs.get(job).result().isEmpty());
  }

  @Test
  void anAttemptsLeaseIsReleasedWhenItEnds() {
    JobId job = submitted();
    runner(export(run -> Json.createObjectBuilder().build()))
        .deliver(JobQueue.EXCEL, message(job), 1, null);
    int locks = jobs.locks();
    leases.renewAll();
    assertEquals(locks, jobs.locks(), "no renewal of a finished attempt");
  }
}
