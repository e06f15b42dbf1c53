package kr.academy.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.academy.jobs.JobId;
import kr.academy.students.imports.ExistingStudent;
import kr.academy.students.imports.ImportCheckpoint;
import kr.academy.students.imports.ImportChunk;
import kr.academy.students.imports.ImportChunks;
import kr.academy.students.imports.ImportPlan;
import kr.academy.students.imports.StudentKey;

/**
 * An academy's roster as an import's chunks see it: each chunk is counted by the real {@link
 * ImportPlan} against the students a test enrolled, and its checkpoint kept per job. The roster
 * itself does not change. The database can be told to refuse a chunk (bad data) or to fail at one
 * (an outage), as the real one does.
 */
public final class InMemoryImportChunks implements ImportChunks {

  private final List<ExistingStudent> roster = new ArrayList<>();
  private final Map<JobId, Map<Integer, ImportCheckpoint>> recorded = new HashMap<>();
  private final List<Integer> applied = new ArrayList<>();
  private final Map<Integer, String> refusals = new HashMap<>();
  private int failingChunk = -1;

  public void enrol(ExistingStudent student) {
    roster.add(student);
  }

  /** The chunk with this number is refused, its rows rejected with {@code reason}. */
  public void refuse(int chunk, String reason) {
    refusals.put(chunk, reason);
  }

  /** Applying the chunk with this number fails as an unreachable database would; -1 for none. */
  public void failAt(int chunk) {
    failingChunk = chunk;
  }

  /** The numbers of the chunks applied, dry runs included, in order. */
  public List<Integer> applied() {
    return List.copyOf(applied);
  }

  @Override
  public ImportCheckpoint apply(JobId job, ImportChunk chunk, boolean dryRun) {
    if (chunk.number() == failingChunk) {
      throw new IllegalStateException("the database cannot be reached");
    }
    applied.add(chunk.number());
    String refusal = refusals.get(chunk.number());
    if (refusal != null) {
      return ImportCheckpoint.failed(chunk.number(), refusal);
    }
    Set<StudentKey> keys = new HashSet<>();
    chunk.lines().forEach(line -> keys.add(line.key()));
    ImportPlan plan =
        ImportPlan.of(
            chunk.lines(),
            roster.stream().filter(student -> keys.contains(student.key())).toList());
    ImportCheckpoint checkpoint = new ImportCheckpoint(chunk.number(), plan.counts(), null);
    if (!dryRun) {
      record(job, checkpoint);
    }
    return checkpoint;
  }

  @Override
  public void recordFailure(JobId job, ImportCheckpoint failed) {
    record(job, failed);
  }

  private void record(JobId job, ImportCheckpoint checkpoint) {
    recorded.computeIfAbsent(job, j -> new HashMap<>()).put(checkpoint.chunk(), checkpoint);
  }

  @Override
  public Map<Integer, ImportCheckpoint> checkpoints(JobId job) {
    return Map.copyOf(recorded.getOrDefault(job, Map.of()));
  }
}
