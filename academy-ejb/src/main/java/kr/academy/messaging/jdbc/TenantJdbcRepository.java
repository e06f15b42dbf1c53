package kr.academy.messaging.jdbc;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import kr.academy.tenancy.TenantContext;

/**
 * What the messaging JDBC repositories share: statements on the connection of the transaction's
 * persistence context (so they see, and are rolled back with, what JPA wrote) and the current
 * academy, which every statement names besides row-level security.
 */
abstract class TenantJdbcRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Inject TenantContext tenant;

  <T> T query(String sql, Statements.Params params, Statements.Rows<T> rows) {
    return Statements.query(em.unwrap(Connection.class), sql, params, rows);
  }

  int update(String sql, Statements.Params params) {
    return Statements.update(em.unwrap(Connection.class), sql, params);
  }

  long tenantId() {
    return tenant.require().value();
  }
}
