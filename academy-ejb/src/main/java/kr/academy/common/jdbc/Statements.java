package kr.academy.common.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** One prepared statement at a time on a connection, for the JDBC repositories. */
public final class Statements {

  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Params {
    void set(Connection connection, PreparedStatement statement) throws SQLException;
  }

  /** Reads a statement's rows. */
  @FunctionalInterface
  public interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private Statements() {}

  public static <T> T query(Connection c, String sql, Params params, Rows<T> rows)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      params.set(c, s);
      try (ResultSet rs = s.executeQuery()) {
        return rows.read(rs);
      }
    }
  }

  public static int update(Connection c, String sql, Params params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      params.set(c, s);
      return s.executeUpdate();
    }
  }

  public static <T> Object[] column(List<T> rows, Function<T, Object> value) {
    return rows.stream().map(value).toArray();
  }

  /** A {@code varchar[]} parameter of one column of {@code rows}. */
  public static <T> Array varchars(Connection c, Collection<T> rows, Function<T, String> column)
      throws SQLException {
    return c.createArrayOf("varchar", rows.stream().map(column).toArray());
  }

  public static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  public static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
