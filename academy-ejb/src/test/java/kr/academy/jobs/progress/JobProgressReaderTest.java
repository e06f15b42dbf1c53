package kr.academy.jobs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobRequestLedger;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobType;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import kr.academy.testing.InMemoryProgressStore;
import org.junit.jupiter.api.Test;

/**
 * Where progress answers come from: Redis, the database once per missing key, or the database with
 * a warning while Redis is down.
 */
class JobProgressReaderTest {

  private static final TenantId ACADEMY = new TenantId(3);
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

  private final Job job =
      Job.submit(
          new JobRequest(JobType.STUDENT_EXPORT, "{}", null, null),
          JobQueue.EXCEL,
          NOW,
          Duration.ofMinutes(5));
  private final InMemoryProgressStore redis = new InMemoryProgressStore();
  private int databaseReads;

  private final JobRequestLedger ledger =
      new JobRequestLedger() {
        @Override
        public Optional<Job> find(JobId id) {
          databaseReads++;
          return id.equals(job.jobId()) ? Optional.of(job) : Optional.empty();
        }
      };

  private JobProgressReader reader() {
    TenantContext tenant = new TenantContext();
    tenant.bind(ACADEMY);
    return new JobProgressReader(
        redis, new ProgressBoard(redis, new JobSettings()), ledger, tenant);
  }

  @Test
  void aKeyInRedisIsAnsweredWithoutTheDatabase() {
    JobProgress running = new JobProgress(JobStatus.PROCESSING, 40, "wrote 4000", null, NOW);
    redis.write(ACADEMY, job.jobId(), running, Optional.empty());
    JobProgressReader.Answer answer = reader().progress(job.jobId()).orElseThrow();
    assertEquals(running, answer.progress());
    assertFalse(answer.fromDatabase());
    assertEquals(0, databaseReads);
  }

  @Test
  void aMissingKeyIsReadFromTheDatabaseOnceAndWrittenAgain() {
    JobProgressReader reader = reader();
    assertEquals(JobStatus.QUEUED, reader.progress(job.jobId()).orElseThrow().progress().status());
    assertTrue(redis.holds(ACADEMY, job.jobId()), "the key is warm again");
    reader.progress(job.jobId());
    assertEquals(1, databaseReads);
    assertTrue(reader.progress(JobId.random()).isEmpty(), "an unknown job is not found");
  }

  @Test
  void withRedisDownTheDatabaseAnswersAndSaysSo() {
    redis.setDown(true);
    JobProgressReader.Answer answer = reader().progress(job.jobId()).orElseThrow();
    assertTrue(answer.fromDatabase());
    assertEquals(JobStatus.QUEUED, answer.progress().status());
  }
}
