package kr.academy.students.imports;

/**
 * A statement of an import failed, either because the database refused the chunk's data (its rows
 * are reported and the import goes on, {@link ChunkFailure}) or because it failed itself (the
 * attempt fails and is retried).
 */
public class ImportWriteFailed extends RuntimeException {

  private final boolean dataRefused;

  public ImportWriteFailed(String detail, boolean dataRefused, Throwable cause) {
    super(detail, cause);
    this.dataRefused = dataRefused;
  }

  public boolean dataRefused() {
    return dataRefused;
  }
}
