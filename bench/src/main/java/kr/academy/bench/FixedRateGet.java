package kr.academy.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop GETs at a fixed rate over a fixed set of keep-alive connections, the way wrk2 does:
 * request i is due at start + i/rate and goes on connection i mod C; if that connection is still
 * busy, the request waits and its latency, measured from when it was due, shows the wait. Lighter
 * than {@link OpenLoop} (no HTTP client machinery per request), so the generator keeps its rate on
 * the two cores it shares with the server.
 *
 * <p>Usage: {@code FixedRateGet URL RATE SECONDS TOKEN [CONNECTIONS]} (default 50 connections); the
 * first 5 seconds warm up and are not recorded.
 */
public final class FixedRateGet {

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    int rate = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    String token = args[3];
    int connections = args.length > 4 ? Integer.parseInt(args[4]) : 50;
    byte[] request =
        ("GET "
                + url.getRawPath()
                + " HTTP/1.1\r\nHost: "
                + url.getHost()
                + ":"
                + url.getPort()
                + "\r\nAuthorization: Bearer "
                + token
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    Recorder recorder = new Recorder(3);
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long warmUp = (long) rate * OpenLoop.WARM_UP_SECONDS;
    long total = warmUp + (long) rate * seconds;
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    List<Thread> senders = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int first = c;
      Thread sender =
          new Thread(
              () -> {
                try (Socket socket = new Socket(url.getHost(), url.getPort())) {
                  socket.setTcpNoDelay(true);
                  OutputStream out = socket.getOutputStream();
                  InputStream in = new BufferedInputStream(socket.getInputStream());
                  for (long i = first; i < total; i += connections) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                      TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    out.write(request);
                    int status = readResponse(in);
                    if (i >= warmUp) {
                      recorder.recordValue(
                          Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due)));
                      (status == 200 ? ok : failed).incrementAndGet();
                    }
                  }
                } catch (IOException e) {
                  failed.incrementAndGet();
                  System.err.println("connection failed: " + e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      sender.start();
      senders.add(sender);
    }
    for (Thread sender : senders) {
      sender.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9 - OpenLoop.WARM_UP_SECONDS;
    Histogram h = recorder.getIntervalHistogram();
    System.out.printf(
        "GET %s offered %d req/s for %ds on %d connections: %d ok, %d failed, achieved %.0f req/s%n",
        url.getPath(),
        rate,
        seconds,
        connections,
        ok.get(),
        failed.get(),
        (ok.get() + failed.get()) / elapsed);
    Latencies.print(h);
  }

  /** Reads one response (Content-Length or chunked body) and returns its status. */
  private static int readResponse(InputStream in) throws IOException {
    String statusLine = readLine(in);
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      String lower = line.toLowerCase();
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(readLine(in).strip(), 16);
          size > 0;
          size = Long.parseLong(readLine(in).strip(), 16)) {
        in.skipNBytes(size);
        readLine(in);
      }
      readLine(in);
    } else if (length > 0) {
      in.skipNBytes(length);
    }
    return status;
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
