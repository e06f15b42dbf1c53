package kr.academy.web.jobs;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.ProgressStore;

/**
 * One client's stream of a job's progress. Events come from the request thread (the current state)
 * and from Redis pub/sub threads (each update); the container writes them without blocking, and a
 * write started before the previous one finished is refused (SRVE0918E) and ends the stream. So
 * each send waits for the one before it. The stream closes after the final state, or when a write
 * fails because the client left, and then stops listening.
 */
final class ProgressStream {

  private final SseEventSink sink;
  private final Sse sse;
  private final JobId job;
  private ProgressStore.Subscription subscription;
  private CompletionStage<?> tail = CompletableFuture.completedFuture(null);
  private boolean ended;

  ProgressStream(SseEventSink sink, Sse sse, JobId job) {
    this.sink = sink;
    this.sse = sse;
    this.job = job;
  }

  synchronized void listenWith(ProgressStore.Subscription subscription) {
    this.subscription = subscription;
    if (ended) {
      subscription.close();
    }
  }

  synchronized void push(JobProgress progress) {
    if (ended) {
      return;
    }
    ended = progress.status().isFinal();
    OutboundSseEvent event =
        sse.newEventBuilder()
            .name("progress")
            .mediaType(MediaType.APPLICATION_JSON_TYPE)
            .data(ProgressBody.class, ProgressBody.of(job, progress))
            .build();
    boolean last = ended;
    tail =
        tail.thenCompose(previous -> sink.send(event))
            .whenComplete(
                (sent, failure) -> {
                  if (last || failure != null) {
                    end();
                  }
                });
  }

  /**
   * Stops listening without touching the response: the job is not there after all, and the request
   * is answered with a 404 instead.
   */
  synchronized void abandon() {
    ended = true;
    if (subscription != null) {
      subscription.close();
    }
  }

  private synchronized void end() {
    ended = true;
    if (subscription != null) {
      subscription.close();
    }
    sink.close();
  }
}
