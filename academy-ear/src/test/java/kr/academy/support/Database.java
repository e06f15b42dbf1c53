package kr.academy.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The database the started server uses (from the stack's env): as the application's own role, or as
 * the owning role to arrange what no API can (thousands of students, a broken job).
 */
public final class Database {

  private Database() {}

  public static String url() {
    return "jdbc:postgresql://"
        + env("ACADEMY_DB_HOST", "localhost")
        + ":"
        + env("ACADEMY_DB_PORT", "15432")
        + "/"
        + env("ACADEMY_DB_NAME", "academy");
  }

  public static String user() {
    return env("ACADEMY_DB_USER", "academy_app");
  }

  public static String password() {
    return env("ACADEMY_DB_PASSWORD", "");
  }

  public static Connection connectAsApplication() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  public static Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(
        url(),
        env("ACADEMY_DB_MIGRATION_USER", "academy_owner"),
        env("ACADEMY_DB_MIGRATION_PASSWORD", ""));
  }

  /** Adds {@code count} active students to the academy in one statement. */
  public static void seedStudents(long tenantId, int count) throws SQLException {
    try (Connection db = connectAsOwner()) {
      actFor(db, tenantId);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO student (id, tenant_id, name, parent_phone, school, grade, memo)"
                  + " SELECT nextval('student_id_seq'), ?, '학생' || n,"
                  + " '010' || lpad(n::text, 8, '0'), '한국중학교', '중' || (n % 3 + 1), '메모 ' || n"
                  + " FROM generate_series(1, ?) AS n")) {
        insert.setLong(1, tenantId);
        insert.setInt(2, count);
        insert.executeUpdate();
      }
    }
  }

  /**
   * Creates a QUEUED job the way the API would, with the given raw input, and puts its message in
   * the outbox for the relay to send.
   */
  public static UUID insertQueuedJob(long tenantId, String type, String queue, String input)
      throws SQLException {
    UUID jobId = UUID.randomUUID();
    try (Connection db = connectAsOwner()) {
      actFor(db, tenantId);
      insertJob(
          db, tenantId, jobId, type, input, "'QUEUED', 0, NULL, now() + interval '5 minutes'");
      try (PreparedStatement outbox =
          db.prepareStatement(
              "INSERT INTO job_outbox (tenant_id, job_id, queue, body) VALUES (?, ?, ?, ?)")) {
        outbox.setLong(1, tenantId);
        outbox.setObject(2, jobId);
        outbox.setString(3, queue);
        outbox.setString(
            4,
            "{\"tenantId\":"
                + tenantId
                + ",\"jobId\":\""
                + jobId
                + "\",\"type\":\""
                + type
                + "\"}");
        outbox.executeUpdate();
      }
    }
    return jobId;
  }

  /**
   * Creates an excel-queue job whose worker vanished: attempt 1 PROCESSING since 10 s ago, its
   * lease ending now and never renewed, and no message for it anywhere.
   */
  public static UUID insertAbandonedJob(long tenantId, String type, String input)
      throws SQLException {
    UUID jobId = UUID.randomUUID();
    try (Connection db = connectAsOwner()) {
      actFor(db, tenantId);
      insertJob(
          db,
          tenantId,
          jobId,
          type,
          input,
          "'PROCESSING', 1, now() - interval '10 seconds', now()");
    }
    return jobId;
  }

  /** {@code state}: the SQL values of status, attempts, started_at and deadline_at. */
  private static void insertJob(
      Connection db, long tenantId, UUID jobId, String type, String input, String state)
      throws SQLException {
    try (PreparedStatement job =
        db.prepareStatement(
            "INSERT INTO job (id, tenant_id, job_id, type, queue, input,"
                + " status, attempts, started_at, deadline_at)"
                + " VALUES (nextval('job_id_seq'), ?, ?, ?, 'EXCEL', ?, "
                + state
                + ")")) {
      job.setLong(1, tenantId);
      job.setObject(2, jobId);
      job.setString(3, type);
      job.setString(4, input);
      job.executeUpdate();
    }
  }

  /** The single number a query about one academy returns, read as the owner acting for it. */
  public static long count(long tenantId, String sql, Object... parameters) throws SQLException {
    return Long.parseLong(text(tenantId, sql, parameters));
  }

  /**
   * The single value a query about one academy returns, as text, read as the owner acting for it.
   */
  public static String text(long tenantId, String sql, Object... parameters) throws SQLException {
    try (Connection db = connectAsOwner()) {
      actFor(db, tenantId);
      try (PreparedStatement query = db.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          query.setObject(i + 1, parameters[i]);
        }
        try (var rows = query.executeQuery()) {
          rows.next();
          return rows.getString(1);
        }
      }
    }
  }

  /** Runs a statement as the owner, outside any academy (test fixtures such as triggers). */
  public static void execute(String sql) throws SQLException {
    try (Connection db = connectAsOwner();
        var statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void actFor(Connection db, long tenantId) throws SQLException {
    try (PreparedStatement bind =
        db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
      bind.setString(1, Long.toString(tenantId));
      bind.execute();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
