package kr.academy.common.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import kr.academy.common.UniqueViolations;

/** {@link UniqueViolations} by PostgreSQL's SQL state. */
@ApplicationScoped
public class PostgresUniqueViolations implements UniqueViolations {

  @Override
  public boolean causedBy(Throwable failure) {
    return SqlStates.uniqueViolation(failure);
  }
}
