package kr.academy.tenancy.jdbc;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import kr.academy.common.jdbc.Statements;
import kr.academy.tenancy.TenantContext;

/**
 * What the JDBC repositories share: statements on the connection of the transaction's persistence
 * context (so they see, and commit or roll back with, what JPA wrote, under the tenant the
 * transaction bound) and the current academy, which every statement names besides row-level
 * security. The entity manager owns the connection: it is never closed here.
 */
public abstract class TenantJdbcRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Inject TenantContext tenant;

  protected <T> T query(String sql, Statements.Params params, Statements.Rows<T> rows) {
    try {
      return Statements.query(connection(), sql, params, rows);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  protected int update(String sql, Statements.Params params) {
    try {
      return Statements.update(connection(), sql, params);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** What a failed statement becomes for the repository's callers. */
  protected RuntimeException failed(SQLException e) {
    return new IllegalStateException(e.getMessage(), e);
  }

  protected Connection connection() {
    return em.unwrap(Connection.class);
  }

  protected long tenantId() {
    return tenant.require().value();
  }
}
