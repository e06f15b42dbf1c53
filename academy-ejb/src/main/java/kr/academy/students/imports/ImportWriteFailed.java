package kr.academy.students.imports;

import java.sql.SQLException;

/**
 * A statement of an import failed. Its SQL state tells whether the database refused the data
 * ({@link ChunkFailure}) or failed itself.
 */
public class ImportWriteFailed extends RuntimeException {

  public ImportWriteFailed(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
