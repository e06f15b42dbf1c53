package kr.academy.students.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import kr.academy.jobs.JobId;
import kr.academy.tenancy.TenantBound;

/**
 * Writes an import's chunks into the bound academy's roster, one transaction per chunk: the lookup,
 * the writes and the chunk's checkpoint commit together or not at all.
 */
@Stateless
@Local(ImportChunks.class)
@TenantBound
public class StudentImportChunks implements ImportChunks {

  @Inject StudentImportRepository repository;
  @Inject Clock clock;
  @Resource SessionContext session;

  /**
   * Applies a chunk and records it; a dry run looks up and counts but writes nothing. A chunk the
   * database refuses is rolled back whole and comes back failed, with the reason for its rows;
   * record it with {@link #recordFailure}. A failure of the database itself is thrown.
   */
  @Override
  public ImportCheckpoint apply(JobId job, ImportChunk chunk, boolean dryRun) {
    try {
      ImportPlan plan =
          ImportPlan.of(
              chunk.lines(),
              repository.findByKeys(chunk.lines().stream().map(ImportLine::key).toList()));
      ImportCheckpoint checkpoint = new ImportCheckpoint(chunk.number(), plan.counts(), null);
      if (!dryRun) {
        Instant now = clock.instant();
        repository.create(plan.creates(), now);
        repository.update(plan.updates(), now);
        repository.update(plan.restores(), now);
        repository.ensureStudentAccounts(plan.accounts(), now);
        repository.record(job, checkpoint);
      }
      return checkpoint;
    } catch (ImportWriteFailed e) {
      String refusal = ChunkFailure.refusal(chunk, e).orElseThrow(() -> e);
      session.setRollbackOnly();
      return ImportCheckpoint.failed(chunk.number(), refusal);
    }
  }

  /** Records a chunk that was rolled back, after its transaction has ended. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(JobId job, ImportCheckpoint failed) {
    repository.record(job, failed);
  }

  @Override
  public Map<Integer, ImportCheckpoint> checkpoints(JobId job) {
    return repository.checkpoints(job);
  }
}
