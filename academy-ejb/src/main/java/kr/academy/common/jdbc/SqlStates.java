package kr.academy.common.jdbc;

import java.sql.SQLException;
import java.util.Optional;

/** PostgreSQL's SQL states, found in whatever JDBC, JPA or the container wrapped them in. */
public final class SqlStates {

  private static final String UNIQUE_VIOLATION = "23505";

  private SqlStates() {}

  public static boolean uniqueViolation(Throwable failure) {
    return find(failure).filter(sql -> UNIQUE_VIOLATION.equals(sql.getSQLState())).isPresent();
  }

  /**
   * The database refused the data rather than failed itself: a constraint (class 23), bad data
   * (class 22) or a trigger's error (P0001).
   */
  public static boolean dataRefused(SQLException failure) {
    String state = failure.getSQLState();
    return state != null
        && (state.startsWith("23") || state.startsWith("22") || state.equals("P0001"));
  }

  private static Optional<SQLException> find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }
}
