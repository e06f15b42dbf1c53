package kr.academy.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kr.academy.platform.tracing.Tracing;

/**
 * {@link Tracing} that records the spans started through it, each with a {@code traceparent} of its
 * own, so a test can follow a trace across a hop; {@link #current} plays the request's span.
 */
public final class RecordedSpans implements Tracing {

  /** A span as it was started, and what happened to it since. */
  public static final class Recorded implements Span {
    public final String kind;
    public final String name;
    public final String parent;
    public final Map<String, String> attributes;
    private final String traceParent;
    private Throwable failure;
    private boolean closed;

    Recorded(String kind, String name, String parent, Map<String, String> attributes, int n) {
      this.kind = kind;
      this.name = name;
      this.parent = parent;
      this.attributes = Map.copyOf(attributes);
      this.traceParent = String.format("00-%032x-%016x-01", 1, n);
    }

    @Override
    public String traceParent() {
      return traceParent;
    }

    @Override
    public void failed(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public void close() {
      closed = true;
    }

    public Throwable failure() {
      return failure;
    }

    public boolean closed() {
      return closed;
    }
  }

  private final List<Recorded> spans = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  /** The {@code traceparent} {@link #currentParent()} answers; null outside a trace. */
  public String current;

  public List<Recorded> spans() {
    return List.copyOf(spans);
  }

  @Override
  public Optional<String> currentParent() {
    return Optional.ofNullable(current);
  }

  @Override
  public Span producer(String name, String parent, Map<String, String> attributes) {
    return record("PRODUCER", name, parent, attributes);
  }

  @Override
  public Span consumer(String name, String parent, Map<String, String> attributes) {
    return record("CONSUMER", name, parent, attributes);
  }

  @Override
  public Span client(String name, Map<String, String> attributes) {
    return record("CLIENT", name, current, attributes);
  }

  private synchronized Recorded record(
      String kind, String name, String parent, Map<String, String> attributes) {
    Recorded span = new Recorded(kind, name, parent, attributes, ids.incrementAndGet());
    spans.add(span);
    return span;
  }
}
