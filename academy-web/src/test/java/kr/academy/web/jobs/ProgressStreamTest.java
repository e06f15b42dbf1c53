package kr.academy.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobStatus;
import org.junit.jupiter.api.Test;

class ProgressStreamTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  /** Records what is sent and on which thread; each send completes when the test says so. */
  private static final class Recorder implements ProgressStream.Channel {
    final List<Integer> sent = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();
    final List<CompletableFuture<Void>> pending = new ArrayList<>();
    boolean completeAtOnce = true;
    boolean closed;

    @Override
    public synchronized CompletionStage<?> send(JobProgress progress) {
      sent.add(progress.progress());
      threads.add(Thread.currentThread());
      CompletableFuture<Void> done = new CompletableFuture<>();
      if (completeAtOnce) {
        done.complete(null);
      } else {
        pending.add(done);
      }
      return done;
    }

    @Override
    public synchronized void close() {
      closed = true;
    }
  }

  private final Recorder channel = new Recorder();
  private final ProgressStream stream = new ProgressStream(channel);
  private boolean unsubscribed;

  private static JobProgress at(int percent, int second) {
    return new JobProgress(JobStatus.PROCESSING, percent, "step", null, T0.plusSeconds(second));
  }

  private static JobProgress done(int second) {
    return new JobProgress(JobStatus.DONE, 100, "done", null, T0.plusSeconds(second));
  }

  @Test
  void updatesBeforeTheCurrentStateAreHeldAndWrittenByTheOpeningThreadNewestAfterIt()
      throws Exception {
    stream.listenWith(() -> unsubscribed = true);
    Thread redis =
        new Thread(
            () -> {
              stream.push(at(10, 1));
              stream.push(at(20, 2));
              stream.push(at(30, 3));
            });
    redis.start();
    redis.join();
    assertEquals(List.of(), channel.sent, "nothing is written before the request thread");

    stream.open(at(20, 2));

    assertEquals(List.of(20, 30), channel.sent, "older and equal updates are dropped");
    assertEquals(List.of(Thread.currentThread(), Thread.currentThread()), channel.threads);

    stream.push(at(40, 4));
    assertEquals(List.of(20, 30, 40), channel.sent);
    assertFalse(channel.closed);
  }

  @Test
  void eachSendWaitsForTheOneBefore() {
    channel.completeAtOnce = false;
    stream.listenWith(() -> unsubscribed = true);
    stream.open(at(0, 0));
    stream.push(at(50, 1));
    stream.push(at(60, 2));
    assertEquals(List.of(0), channel.sent);

    channel.pending.get(0).complete(null);
    assertEquals(List.of(0, 50), channel.sent);
    channel.pending.get(1).complete(null);
    assertEquals(List.of(0, 50, 60), channel.sent);
  }

  @Test
  void theFinalStateEndsTheStreamAndStopsListening() {
    stream.listenWith(() -> unsubscribed = true);
    stream.open(at(90, 1));
    stream.push(done(2));
    stream.push(at(95, 3));

    assertEquals(List.of(90, 100), channel.sent);
    assertTrue(channel.closed);
    assertTrue(unsubscribed);
  }

  @Test
  void aJobAlreadyFinishedIsOneEventAndHeldUpdatesAfterItAreNotWritten() {
    stream.listenWith(() -> unsubscribed = true);
    stream.push(at(99, 5));
    stream.open(done(4));

    assertEquals(List.of(100), channel.sent);
    assertTrue(channel.closed);
    assertTrue(unsubscribed);
  }

  @Test
  void aFailedWriteEndsTheStream() {
    channel.completeAtOnce = false;
    stream.listenWith(() -> unsubscribed = true);
    stream.open(at(0, 0));
    stream.push(at(10, 1));
    channel.pending.get(0).completeExceptionally(new IOException("client left"));

    assertEquals(List.of(0), channel.sent);
    assertTrue(channel.closed);
    assertTrue(unsubscribed);
    stream.push(at(20, 2));
    assertEquals(List.of(0), channel.sent);
  }

  @Test
  void anAbandonedStreamWritesNothingAndStopsListening() {
    stream.listenWith(() -> unsubscribed = true);
    stream.push(at(10, 1));
    stream.abandon();

    assertTrue(unsubscribed);
    assertEquals(List.of(), channel.sent);
    assertFalse(channel.closed, "the response is left to the 404");
  }
}
