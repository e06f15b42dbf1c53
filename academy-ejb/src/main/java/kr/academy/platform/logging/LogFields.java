package kr.academy.platform.logging;

/**
 * Fields added to every log line a thread writes while it works for an academy or a job, so that an
 * operator can find all of one academy's or one job's lines (docs/operations.md, Logs). Liberty
 * writes them into its JSON log lines as {@code ext_<name>}.
 */
public interface LogFields {

  /** Writes no field: for code run outside the server (unit tests, benchmarks). */
  LogFields NONE = (name, value) -> () -> {};

  /** Adds {@code name} to this thread's log lines until the returned field is closed. */
  Field put(String name, String value);

  /** A field on this thread's log lines; closing it takes it off. */
  interface Field extends AutoCloseable {
    @Override
    void close();
  }
}
