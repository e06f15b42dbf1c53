package kr.academy.students.imports.jdbc;

import java.sql.SQLException;

/**
 * A statement of an import failed; the cause's SQL state says whether the data or the database was
 * at fault.
 */
public class ImportWriteFailed extends RuntimeException {

  public ImportWriteFailed(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
