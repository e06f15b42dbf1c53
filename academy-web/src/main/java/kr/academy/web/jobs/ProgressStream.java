package kr.academy.web.jobs;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.progress.ProgressStore;

/**
 * One client's stream of a job's progress. The request thread opens it with the current state; the
 * Redis pub/sub threads push each update after that.
 *
 * <p>Two rules of the container shape it. RESTEasy writes blocking on the request thread and
 * non-blocking (through a WriteListener) on any other, and a blocking write after a non-blocking
 * one is refused (SRVE0918E) and ends the stream: so nothing is written until the request thread
 * has written the current state, and updates that arrive before that are held and written by it,
 * the ones older than the current state dropped. And a non-blocking write started before the
 * previous one finished is refused too: so each send waits for the one before it. The stream closes
 * after the final state, or when a write fails because the client left, and then stops listening.
 */
final class ProgressStream {

  /** Where the events go: the SSE sink in the server, a recorder in tests. */
  interface Channel {
    CompletionStage<?> send(JobProgress progress);

    void close();
  }

  private final Channel channel;
  private ProgressStore.Subscription subscription;
  private CompletionStage<?> tail = CompletableFuture.completedFuture(null);
  private List<JobProgress> early = new ArrayList<>();
  private boolean ended;

  ProgressStream(Channel channel) {
    this.channel = channel;
  }

  static ProgressStream toClient(SseEventSink sink, Sse sse, JobId job) {
    return new ProgressStream(
        new Channel() {
          @Override
          public CompletionStage<?> send(JobProgress progress) {
            return sink.send(
                sse.newEventBuilder()
                    .name("progress")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(ProgressBody.class, ProgressBody.of(job, progress))
                    .build());
          }

          @Override
          public void close() {
            sink.close();
          }
        });
  }

  synchronized void listenWith(ProgressStore.Subscription subscription) {
    this.subscription = subscription;
    if (ended) {
      subscription.close();
    }
  }

  /** Called on the request thread: writes the current state, then what came in meanwhile. */
  synchronized void open(JobProgress current) {
    List<JobProgress> held = early;
    early = null;
    send(current);
    for (JobProgress update : held) {
      if (update.updatedAt().isAfter(current.updatedAt())) {
        send(update);
      }
    }
  }

  synchronized void push(JobProgress progress) {
    if (early != null) {
      early.add(progress);
    } else {
      send(progress);
    }
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

  private void send(JobProgress progress) {
    if (ended) {
      return;
    }
    ended = progress.status().isFinal();
    boolean last = ended;
    tail =
        tail.thenCompose(previous -> channel.send(progress))
            .whenComplete(
                (sent, failure) -> {
                  if (last || failure != null) {
                    end();
                  }
                });
  }

  private synchronized void end() {
    ended = true;
    if (subscription != null) {
      subscription.close();
    }
    channel.close();
  }
}
