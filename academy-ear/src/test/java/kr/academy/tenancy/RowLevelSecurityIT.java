package kr.academy.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kr.academy.support.Academy;
import kr.academy.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The second wall alone: connected over JDBC as the application's own role, with no EclipseLink in
 * between and queries that carry no tenant filter at all.
 */
class RowLevelSecurityIT {

  private Academy a;
  private Academy b;

  @BeforeEach
  void twoAcademiesWithStudents() {
    a = Academy.open("rls-a");
    b = Academy.open("rls-b");
    a.addStudent("에이학생", "01071717171");
    b.addStudent("비학생", "01072727272");
  }

  @Test
  void applicationRoleOwnsNoTableAndCannotBypass() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet owned =
            s.executeQuery("SELECT count(*) FROM pg_tables WHERE tableowner = current_user"); ) {
      owned.next();
      assertEquals(0, owned.getInt(1));
    }
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet role =
            s.executeQuery(
                "SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user")) {
      role.next();
      assertFalse(role.getBoolean(1));
      assertFalse(role.getBoolean(2));
    }
  }

  @Test
  void withoutATenantNoRowIsVisible() throws SQLException {
    try (Connection c = connect()) {
      assertEquals(0, count(c, "SELECT count(*) FROM student"));
      assertEquals(0, count(c, "SELECT count(*) FROM app_user"));
      assertEquals(0, count(c, "SELECT count(*) FROM tenant_membership"));
    }
  }

  @Test
  void withATenantOnlyItsRowsAreVisibleEvenUnfiltered() throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      bind(c, a.id());
      assertEquals(0, count(c, "SELECT count(*) FROM student WHERE tenant_id <> " + a.id()));
      assertEquals(1, count(c, "SELECT count(*) FROM student WHERE name IN ('에이학생', '비학생')"));
      c.rollback();
    }
  }

  @Test
  void theSettingIsTransactionLocal() throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      bind(c, a.id());
      c.commit();
      assertEquals(0, count(c, "SELECT count(*) FROM student"));
      c.rollback();
    }
  }

  @Test
  void writingIntoAnotherTenantIsRefused() throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      bind(c, a.id());
      assertThrows(
          SQLException.class,
          () -> {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO student (id, tenant_id, name, parent_phone)"
                        + " VALUES (nextval('student_id_seq'), ?, '침입', '01073737373')")) {
              insert.setLong(1, b.id());
              insert.executeUpdate();
            }
          });
      c.rollback();
      bind(c, a.id());
      try (Statement update = c.createStatement()) {
        assertEquals(
            0, update.executeUpdate("UPDATE student SET memo = 'x' WHERE tenant_id = " + b.id()));
      }
      c.rollback();
    }
  }

  private static void bind(Connection c, long tenant) throws SQLException {
    try (PreparedStatement set =
        c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      set.setString(1, Long.toString(tenant));
      set.execute();
    }
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static Connection connect() throws SQLException {
    return Database.connectAsApplication();
  }
}
