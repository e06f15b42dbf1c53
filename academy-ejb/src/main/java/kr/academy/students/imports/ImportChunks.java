package kr.academy.students.imports;

import java.util.Map;
import kr.academy.jobs.JobId;

/**
 * Where an import's chunks go into the bound academy's roster, one transaction each, and where the
 * chunks an earlier attempt wrote are recalled.
 */
public interface ImportChunks {

  /**
   * Applies a chunk and records it; a dry run looks up and counts but writes nothing. A chunk the
   * database refuses comes back failed, with the reason for its rows, and nothing of it written;
   * record it with {@link #recordFailure}. A failure of the database itself is thrown.
   */
  ImportCheckpoint apply(JobId job, ImportChunk chunk, boolean dryRun);

  /** Records a chunk that was refused, after its transaction has ended. */
  void recordFailure(JobId job, ImportCheckpoint failed);

  /** The chunks of this import recorded by earlier attempts, by chunk number. */
  Map<Integer, ImportCheckpoint> checkpoints(JobId job);
}
