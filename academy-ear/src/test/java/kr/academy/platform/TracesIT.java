package kr.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import kr.academy.support.Academy;
import kr.academy.support.Jobs;
import kr.academy.support.Texting;
import kr.academy.support.Traces;
import org.junit.jupiter.api.Test;

/**
 * One trace from the API request to S3 or Solapi (docs/operations.md, Traces): the request's span,
 * the relay's PRODUCER span (its context carried by the outbox row), the worker's CONSUMER span
 * (the context carried by the SQS message attribute {@code traceparent}) and the processor's call
 * share one trace id, each the child of the one before. Prints the trace (TRACE lines).
 */
class TracesIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void anExportsSpansFromTheRequestThroughTheQueueToS3ShareOneTrace() {
    Academy academy = Academy.open("traces");
    academy.addStudent("김하늘", "010-3100-0001");
    String jobId = Jobs.exportAll(academy.ownerToken());
    assertEquals(
        "DONE", Jobs.awaitFinal(academy.ownerToken(), jobId, WAIT).getString("status"), jobId);

    JsonObject job =
        Traces.awaitWith("academy.job.id", jobId, spans -> !spans.isEmpty(), WAIT).get(0);
    assertEquals("CONSUMER", job.getString("kind"), job.toString());
    assertEquals("job STUDENT_EXPORT", job.getString("name"));
    JsonObject attributes = job.getJsonObject("attributes");
    assertEquals("STUDENT_EXPORT", attributes.getString("academy.job.type"));
    assertEquals(String.valueOf(academy.id()), attributes.getString("academy.id"));

    JsonObject put = assertOneTrace(job, "/api/v1/students/exports", "S3.PutObject");
    assertTrue(put.getJsonObject("attributes").containsKey("aws.s3.bucket"), put.toString());
  }

  @Test
  void aTextsJobCallsSolapiInTheTraceOfTheRequestThatSentIt() {
    Academy academy = Academy.open("traces-text");
    Texting.setUp(academy);
    Texting.accepted(Texting.send(academy, Texting.toPhone("01031000002", "수업 안내", null)));

    JsonObject job =
        Traces.awaitWith(
                "academy.id",
                String.valueOf(academy.id()),
                spans ->
                    find(spans, span -> span.getString("name").equals("job MESSAGE_SEND"))
                        .isPresent(),
                WAIT)
            .stream()
            .filter(span -> span.getString("name").equals("job MESSAGE_SEND"))
            .findFirst()
            .orElseThrow();

    JsonObject call =
        assertOneTrace(job, "/api/v1/messages", "Solapi POST /messages/v4/send-many/detail");
    assertEquals("200", call.getJsonObject("attributes").getString("http.response.status_code"));
  }

  /**
   * Waits for the job's trace to hold the request to {@code path} and the job's call {@code call};
   * checks request → publish → job → call, and returns the call's span.
   */
  private static JsonObject assertOneTrace(JsonObject job, String path, String call) {
    List<JsonObject> trace =
        Traces.awaitTrace(
            job.getString("traceId"),
            spans ->
                find(spans, request(path)).isPresent()
                    && find(spans, childOf(job, call)).isPresent(),
            WAIT);
    trace.forEach(
        span ->
            System.out.printf(
                "TRACE %s %s %-8s %s (parent %s)%n",
                span.getString("traceId"),
                span.getString("spanId"),
                span.getString("kind"),
                span.getString("name"),
                span.getString("parentSpanId")));
    JsonObject request = find(trace, request(path)).orElseThrow();
    assertEquals("", request.getString("parentSpanId"), "the request starts the trace");
    JsonObject publish =
        find(trace, span -> span.getString("kind").equals("PRODUCER")).orElseThrow();
    assertEquals(request.getString("spanId"), publish.getString("parentSpanId"), trace.toString());
    assertEquals(publish.getString("spanId"), job.getString("parentSpanId"), trace.toString());
    JsonObject made = find(trace, childOf(job, call)).orElseThrow();
    assertEquals("CLIENT", made.getString("kind"));
    return made;
  }

  /** The SERVER span of a POST to {@code path}. */
  private static Predicate<JsonObject> request(String path) {
    return span -> {
      String attributes = span.getJsonObject("attributes").toString();
      return span.getString("kind").equals("SERVER")
          && (span.getString("name").startsWith("POST") || attributes.contains("\"POST\""))
          && attributes.contains(path + "\"");
    };
  }

  private static Predicate<JsonObject> childOf(JsonObject parent, String name) {
    return span ->
        span.getString("name").equals(name)
            && span.getString("parentSpanId").equals(parent.getString("spanId"));
  }

  private static Optional<JsonObject> find(List<JsonObject> spans, Predicate<JsonObject> match) {
    return spans.stream().filter(match).findFirst();
  }
}
