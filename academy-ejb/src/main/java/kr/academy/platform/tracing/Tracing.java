package kr.academy.platform.tracing;

import java.util.Map;
import java.util.Optional;

/**
 * Spans of the trace a request or a job belongs to (docs/operations.md, Traces). A trace crosses
 * the work queue as a W3C {@code traceparent}: the job's outbox row keeps the request's, the relay
 * sends its own as the message attribute {@link #PARENT_ATTRIBUTE}, and the worker continues from
 * it. Liberty's MicroProfile Telemetry traces the HTTP requests themselves.
 */
public interface Tracing {

  /** The SQS message attribute (a JMS string property) carrying the sender's trace context. */
  String PARENT_ATTRIBUTE = "traceparent";

  /** The log field naming the trace a line was written in (docs/operations.md, Logs). */
  String LOG_FIELD = "traceId";

  /** The trace id of a W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}). */
  static Optional<String> traceId(String traceParent) {
    if (traceParent == null) {
      return Optional.empty();
    }
    String[] parts = traceParent.split("-");
    return parts.length == 4 && parts[1].matches("[0-9a-f]{32}")
        ? Optional.of(parts[1])
        : Optional.empty();
  }

  /** Traces nothing: for code run outside the server (unit tests, benchmarks). */
  Tracing NONE = new Tracing() {};

  /** The current span's context as a W3C {@code traceparent}; empty outside a trace. */
  default Optional<String> currentParent() {
    return Optional.empty();
  }

  /**
   * A span that sends a message (kind PRODUCER) as the child of {@code parent} (a {@code
   * traceparent}, or null for a trace of its own); its own {@link Span#traceParent()} goes with the
   * message.
   */
  default Span producer(String name, String parent, Map<String, String> attributes) {
    return Span.NONE;
  }

  /**
   * A span that handles a received message (kind CONSUMER) as the child of the sender's {@code
   * parent} (or null); it is the current span of this thread until closed, so the calls made
   * meanwhile are its children.
   */
  default Span consumer(String name, String parent, Map<String, String> attributes) {
    return Span.NONE;
  }

  /**
   * A call to another service (kind CLIENT) as the child of the current span; nothing outside a
   * trace, so timers' calls make no traces of their own.
   */
  default Span client(String name, Map<String, String> attributes) {
    return Span.NONE;
  }

  /** A span being recorded; closing it ends it. */
  interface Span extends AutoCloseable {

    /** Records nothing. */
    Span NONE = new Span() {};

    /** This span's context as a W3C {@code traceparent}; null when nothing is recorded. */
    default String traceParent() {
      return null;
    }

    default void attribute(String key, String value) {}

    /** Marks the span as failed by {@code failure}. */
    default void failed(Throwable failure) {}

    @Override
    default void close() {}
  }
}
