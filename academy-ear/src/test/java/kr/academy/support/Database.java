package kr.academy.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database the started server uses, as the application's own role (from the stack's env). */
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

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
