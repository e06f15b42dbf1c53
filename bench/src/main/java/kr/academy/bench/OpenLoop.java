package kr.academy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop load at a fixed arrival rate: request i is due at start + i/rate whether or not earlier
 * ones finished, and its latency is measured from when it was due, not from when it was sent — so a
 * stalled server shows up in the percentiles instead of lowering the offered load (coordinated
 * omission).
 *
 * <p>Usage: {@code OpenLoop METHOD URL RATE SECONDS TOKEN [BODY_TEMPLATE]}; {@code %n} in the body
 * is replaced by the request's sequence number. The first {@value #WARM_UP_SECONDS} seconds run at
 * the same rate but are not recorded (JIT of both sides, connection set-up).
 */
public final class OpenLoop {

  static final int WARM_UP_SECONDS = 5;

  public static void main(String[] args) throws Exception {
    String method = args[0];
    URI url = URI.create(args[1]);
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    String token = args[4];
    String body = args.length > 5 ? args[5] : null;
    String runId = Long.toString(System.currentTimeMillis(), 36);
    run(
        method + " " + url.getPath(),
        i -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(url)
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", "Bearer " + token);
          if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
          }
          return request
              .header("Content-Type", "application/json")
              .method(
                  method, HttpRequest.BodyPublishers.ofString(body.replace("%n", runId + "-" + i)))
              .build();
        },
        rate,
        seconds);
  }

  /**
   * Sends {@code requestFor.apply(i)} at {@code rate} per second for the warm-up and {@code
   * seconds}, then prints what was achieved and the latencies.
   */
  static void run(String label, LongFunction<HttpRequest> requestFor, int rate, int seconds)
      throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Recorder recorder = new Recorder(3);
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();

    long warmUp = (long) rate * WARM_UP_SECONDS;
    long total = warmUp + (long) rate * seconds;
    CountDownLatch done = new CountDownLatch((int) total);
    long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      boolean recorded = i >= warmUp;
      client
          .sendAsync(requestFor.apply(i), HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, error) -> {
                if (recorded) {
                  recorder.recordValue(
                      Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due)));
                  if (error == null && response.statusCode() < 400) {
                    ok.incrementAndGet();
                  } else {
                    failed.incrementAndGet();
                  }
                }
                done.countDown();
              });
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9 - WARM_UP_SECONDS;
    Histogram h = recorder.getIntervalHistogram();
    System.out.printf(
        "%s offered %d req/s for %ds: %d ok, %d failed, achieved %.0f req/s%n",
        label, rate, seconds, ok.get(), failed.get(), (ok.get() + failed.get()) / elapsed);
    Latencies.print(h);
  }
}
