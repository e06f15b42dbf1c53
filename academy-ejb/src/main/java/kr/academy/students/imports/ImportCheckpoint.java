package kr.academy.students.imports;

/**
 * What became of one chunk: its counts once committed, or why it was rolled back ({@code failure},
 * with every row of the chunk then reported as rejected).
 */
public record ImportCheckpoint(int chunk, ImportCounts counts, String failure) {

  public static ImportCheckpoint failed(int chunk, String failure) {
    return new ImportCheckpoint(chunk, ImportCounts.NONE, failure);
  }

  public boolean isFailed() {
    return failure != null;
  }
}
