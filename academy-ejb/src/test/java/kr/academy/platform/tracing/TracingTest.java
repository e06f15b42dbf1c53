package kr.academy.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TracingTest {

  @Test
  void theTraceIdIsTheSecondPartOfATraceParent() {
    assertEquals(
        Optional.of("4bf92f3577b34da6a3ce929d0e0e4736"),
        Tracing.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
  }

  @Test
  void noTraceIdOutOfNothingOrSomethingElse() {
    assertEquals(Optional.empty(), Tracing.traceId(null));
    assertEquals(Optional.empty(), Tracing.traceId("00-xyz-00f067aa0ba902b7-01"));
    assertEquals(Optional.empty(), Tracing.traceId("not a traceparent"));
  }
}
