package kr.academy.messaging.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** One prepared statement at a time on the transaction's connection, for the JDBC repositories. */
final class Statements {

  /** Sets a statement's parameters. */
  @FunctionalInterface
  interface Params {
    void set(Connection connection, PreparedStatement statement) throws SQLException;
  }

  /** Reads a statement's rows. */
  @FunctionalInterface
  interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private Statements() {}

  static <T> T query(Connection c, String sql, Params params, Rows<T> rows) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      params.set(c, s);
      try (ResultSet rs = s.executeQuery()) {
        return rows.read(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static int update(Connection c, String sql, Params params) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      params.set(c, s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static <T> Object[] column(List<T> rows, Function<T, Object> value) {
    return rows.stream().map(value).toArray();
  }

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
