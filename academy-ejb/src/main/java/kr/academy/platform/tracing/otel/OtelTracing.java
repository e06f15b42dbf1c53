package kr.academy.platform.tracing.otel;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.academy.platform.tracing.Tracing;

/**
 * {@link Tracing} on the OpenTelemetry instance of Liberty's MicroProfile Telemetry (runtime mode:
 * the same SDK traces the HTTP requests). The context crosses the queue through the W3C propagator
 * whatever propagators the HTTP side is configured with: the hop is ours on both ends.
 */
@ApplicationScoped
public class OtelTracing implements Tracing {

  /** Reads a carrier that is the {@code traceparent} value itself. */
  private static final TextMapGetter<String> TRACE_PARENT =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
          return List.of(PARENT_ATTRIBUTE);
        }

        @Override
        public String get(String carrier, String key) {
          return PARENT_ATTRIBUTE.equals(key) ? carrier : null;
        }
      };

  private Tracer tracer;

  /** For CDI's proxy. */
  protected OtelTracing() {}

  @Inject
  public OtelTracing(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer("kr.academy");
  }

  @Override
  public Optional<String> currentParent() {
    return Optional.ofNullable(traceParent(Context.current()));
  }

  @Override
  public Tracing.Span producer(String name, String parent, Map<String, String> attributes) {
    return new OtelSpan(start(name, SpanKind.PRODUCER, parentOf(parent), attributes), null);
  }

  @Override
  public Tracing.Span consumer(String name, String parent, Map<String, String> attributes) {
    io.opentelemetry.api.trace.Span span =
        start(name, SpanKind.CONSUMER, parentOf(parent), attributes);
    return new OtelSpan(span, span.makeCurrent());
  }

  @Override
  public Tracing.Span client(String name, Map<String, String> attributes) {
    Context current = Context.current();
    if (!io.opentelemetry.api.trace.Span.fromContext(current).getSpanContext().isValid()) {
      return Tracing.Span.NONE;
    }
    return new OtelSpan(start(name, SpanKind.CLIENT, current, attributes), null);
  }

  private io.opentelemetry.api.trace.Span start(
      String name, SpanKind kind, Context parent, Map<String, String> attributes) {
    AttributesBuilder builder = Attributes.builder();
    attributes.forEach(builder::put);
    return tracer
        .spanBuilder(name)
        .setSpanKind(kind)
        .setParent(parent)
        .setAllAttributes(builder.build())
        .startSpan();
  }

  /**
   * The context a {@code traceparent} names; the root (a new trace) for none or a malformed one.
   */
  private static Context parentOf(String traceParent) {
    return traceParent == null
        ? Context.root()
        : W3CTraceContextPropagator.getInstance()
            .extract(Context.root(), traceParent, TRACE_PARENT);
  }

  private static String traceParent(Context context) {
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
    return carrier.get(PARENT_ATTRIBUTE);
  }

  /**
   * A started span, and the scope that makes it current when it is a consumer's. (OpenTelemetry's
   * {@code Span} is named in full: inside a {@link Tracing} the simple name is the port's.)
   */
  private record OtelSpan(io.opentelemetry.api.trace.Span span, Scope scope)
      implements Tracing.Span {

    @Override
    public String traceParent() {
      return OtelTracing.traceParent(Context.root().with(span));
    }

    @Override
    public void attribute(String key, String value) {
      span.setAttribute(key, value);
    }

    @Override
    public void failed(Throwable failure) {
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
    }

    @Override
    public void close() {
      if (scope != null) {
        scope.close();
      }
      span.end();
    }
  }
}
