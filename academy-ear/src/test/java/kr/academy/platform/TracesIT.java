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
import kr.academy.support.Traces;
import org.junit.jupiter.api.Test;

/**
 * One trace from the API request to S3 (docs/operations.md, Traces): the request's span, the
 * relay's PRODUCER span (its context carried by the outbox row), the worker's CONSUMER span (the
 * context carried by the SQS message attribute {@code traceparent}) and the processor's S3 call
 * share one trace id, each the child of the one before.
 */
class TracesIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void aJobsSpansFromTheRequestThroughTheQueueToS3ShareOneTrace() {
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

    List<JsonObject> trace =
        Traces.awaitTrace(
            job.getString("traceId"),
            spans ->
                find(spans, TracesIT::isExportRequest).isPresent()
                    && find(spans, childOf(job, "S3.PutObject")).isPresent(),
            WAIT);
    JsonObject request = find(trace, TracesIT::isExportRequest).orElseThrow();
    assertEquals("", request.getString("parentSpanId"), "the request starts the trace");
    JsonObject publish =
        find(trace, span -> span.getString("kind").equals("PRODUCER")).orElseThrow();
    assertEquals(request.getString("spanId"), publish.getString("parentSpanId"), trace.toString());
    assertEquals(publish.getString("spanId"), job.getString("parentSpanId"), trace.toString());
    JsonObject put = find(trace, childOf(job, "S3.PutObject")).orElseThrow();
    assertEquals("CLIENT", put.getString("kind"));
    assertTrue(put.getJsonObject("attributes").containsKey("aws.s3.bucket"), put.toString());
  }

  private static boolean isExportRequest(JsonObject span) {
    String attributes = span.getJsonObject("attributes").toString();
    return span.getString("kind").equals("SERVER")
        && (span.getString("name").startsWith("POST") || attributes.contains("\"POST\""))
        && attributes.contains("/students/exports");
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
