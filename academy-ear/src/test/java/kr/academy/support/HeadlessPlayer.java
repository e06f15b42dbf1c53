package kr.academy.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Plays HLS the way the web app will: hls.js (tools/browser, pinned in its package-lock.json) in
 * Debian's headless Chromium, muted, with Media Source Extensions and the browser's own CORS and
 * caching. Each call is one scenario in a fresh Chromium with an empty profile; the page
 * (src/test/resources/player/index.html) posts what happened back to a JDK HTTP server on
 * 127.0.0.1, whose origin is neither the API's nor the bucket's, so playlists and segments are
 * fetched cross-origin as in production.
 *
 * <p>Every call waits for the page's report up to its timeout (or until Chromium dies), never
 * polling. A failure carries the page's log (hls.js events and errors) and the end of Chromium's.
 */
public final class HeadlessPlayer implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final HttpServer server;
  private final byte[] page;
  private final byte[] hlsJs;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();

  private HeadlessPlayer(HttpServer server, byte[] page, byte[] hlsJs) {
    this.server = server;
    this.page = page;
    this.hlsJs = hlsJs;
  }

  /** The page's server is started here; Chromium is started by each call. */
  public static HeadlessPlayer start() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          CHROMIUM
              + " is missing: install Debian's chromium (apt-get install -y chromium; ./academy"
              + " test installs it when missing)");
    }
    Path browserDir = Path.of(System.getProperty("academy.browser.dir", "../tools/browser"));
    Path hlsJs = browserDir.resolve("node_modules/hls.js/dist/hls.min.js");
    if (!Files.isRegularFile(hlsJs)) {
      throw new IllegalStateException(
          hlsJs.toAbsolutePath().normalize()
              + " is missing: run npm ci in tools/browser (./academy test runs it when missing)");
    }
    try (InputStream in = HeadlessPlayer.class.getResourceAsStream("/player/index.html")) {
      if (in == null) {
        throw new IllegalStateException("player/index.html is not on the test class path");
      }
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      HeadlessPlayer player =
          new HeadlessPlayer(server, in.readAllBytes(), Files.readAllBytes(hlsJs));
      server.createContext("/", player::handle);
      server.start();
      return player;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Plays {@code master} held at the rendition of {@code height} (hls.js's ABR off) until the media
   * time passes {@code pastSeconds}; fails on a fatal hls.js error or the timeout.
   */
  public Playback play(URI master, int height, double pastSeconds) {
    return play(master, height, pastSeconds, DEFAULT_TIMEOUT);
  }

  public Playback play(URI master, int height, double pastSeconds, Duration timeout) {
    Playback playback =
        scenario(master, Map.of("height", height, "play", pastSeconds), timeout).playback();
    if (playback.stop() != null) {
      throw new AssertionError("playback stopped: " + playback.stop() + playback.logText());
    }
    return playback;
  }

  /**
   * Starts {@code master} (renditions chosen by hls.js), seeks to {@code toSeconds} once playback
   * has begun, as a viewer clicking a page does, and plays on for a second past the target.
   */
  public Seek seek(URI master, double toSeconds) {
    return seek(master, toSeconds, DEFAULT_TIMEOUT);
  }

  public Seek seek(URI master, double toSeconds, Duration timeout) {
    Report report = scenario(master, Map.of("seek", toSeconds, "play", 1), timeout);
    Playback playback = report.playback();
    if (playback.stop() != null || report.seek() == null) {
      throw new AssertionError(
          "the seek to " + toSeconds + " s did not play: " + playback.stop() + playback.logText());
    }
    return new Seek(
        report.seek().getJsonNumber("from").doubleValue(),
        toSeconds,
        report.seek().getJsonNumber("landed").doubleValue(),
        playback);
  }

  /**
   * The first answer the browser was refused while loading {@code master} (an HTTP status of 400 or
   * more, on a playlist or a segment), or the first fatal error; fails when the stream plays two
   * seconds instead. A status of 0 means the browser could read no answer at all: the connection
   * failed, or the answer lacked the CORS headers that let this page read it.
   */
  public HlsError refused(URI master) {
    return refused(master, DEFAULT_TIMEOUT);
  }

  public HlsError refused(URI master, Duration timeout) {
    Playback playback = scenario(master, Map.of("play", 2, "refusal", true), timeout).playback();
    if (playback.stop() == null) {
      throw new AssertionError(
          "played to "
              + playback.reachedSeconds()
              + " s instead of being refused"
              + playback.logText());
    }
    return playback.stop();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private Report scenario(URI master, Map<String, Object> parameters, Duration timeout) {
    String id = UUID.randomUUID().toString();
    StringBuilder query =
        new StringBuilder("run=").append(id).append("&src=").append(encode(master.toString()));
    parameters.forEach(
        (name, value) -> query.append('&').append(name).append('=').append(encode(value)));
    URI url =
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/player.html?" + query);
    Run run = new Run();
    runs.put(id, run);
    Path dir = null;
    Process chromium = null;
    try {
      dir = Files.createTempDirectory("headless-player-");
      run.chromiumLog = dir.resolve("chromium.log");
      chromium =
          new ProcessBuilder(chromiumCommand(dir.resolve("profile"), url))
              .redirectErrorStream(true)
              .redirectOutput(run.chromiumLog.toFile())
              .start();
      Process started = chromium;
      chromium
          .onExit()
          .thenRun(
              () ->
                  run.result.completeExceptionally(
                      new IllegalStateException("Chromium exited with " + started.exitValue())));
      String json = run.result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return Report.parse(json, List.copyOf(run.log));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no report from the player within " + timeout + run.logText() + run.chromiumTail(), e);
    } catch (ExecutionException e) {
      throw new AssertionError(
          e.getCause().getMessage() + run.logText() + run.chromiumTail(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the player ran", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      runs.remove(id);
      stop(chromium);
      delete(dir);
    }
  }

  private static List<String> chromiumCommand(Path profile, URI url) {
    return List.of(
        CHROMIUM.toString(),
        "--headless=new",
        // Tests run as root, where Chromium's sandbox refuses to start.
        "--no-sandbox",
        "--disable-gpu",
        "--mute-audio",
        "--autoplay-policy=no-user-gesture-required",
        "--user-data-dir=" + profile,
        "--no-first-run",
        "--no-default-browser-check",
        // Containers often give /dev/shm a few MiB only.
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // A headless page counts as hidden: no slowed timers or renderer while the video plays.
        "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding",
        "--disable-backgrounding-occluded-windows",
        "--enable-logging=stderr",
        url.toString());
  }

  /** Chromium and its helpers (zygote, renderer, GPU process) leave together. */
  private static void stop(Process chromium) {
    if (chromium == null) {
      return;
    }
    List<ProcessHandle> processes = new ArrayList<>(chromium.descendants().toList());
    processes.add(chromium.toHandle());
    processes.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("Chromium process " + process.pid() + " did not stop", e);
      }
    }
  }

  private static void delete(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && path.equals("/player.html")) {
        send(exchange, 200, "text/html; charset=utf-8", page);
      } else if (method.equals("GET") && path.equals("/hls.min.js")) {
        send(exchange, 200, "text/javascript", hlsJs);
      } else if (method.equals("POST") && path.startsWith("/runs/")) {
        String[] parts = path.split("/");
        Run run = parts.length == 4 ? runs.get(parts[2]) : null;
        if (run == null) {
          send(exchange, 404, "text/plain", new byte[0]);
          return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (parts[3]) {
          case "log" -> run.log.add(body);
          case "result" -> run.result.complete(body);
          default -> {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
          }
        }
        send(exchange, 204, null, null);
      } else {
        send(exchange, 404, "text/plain", new byte[0]);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
    if (body != null && body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private static String encode(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
  }

  /** One scenario's page log and report, filled by the page's POSTs. */
  private static final class Run {
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<String> result = new CompletableFuture<>();
    volatile Path chromiumLog;

    String logText() {
      synchronized (log) {
        return "\npage log:\n  " + String.join("\n  ", log);
      }
    }

    String chromiumTail() {
      try {
        if (chromiumLog == null || !Files.isRegularFile(chromiumLog)) {
          return "";
        }
        List<String> lines = Files.readAllLines(chromiumLog, StandardCharsets.UTF_8);
        return "\nChromium log (end):\n  "
            + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
      } catch (IOException e) {
        return "\nChromium log unreadable: " + e;
      }
    }
  }

  /** A rendition of the master playlist, as hls.js parsed it. */
  public record Level(int index, int width, int height, long bitrate) {}

  /**
   * An hls.js error: its type and details (hls.js's names, e.g. networkError and
   * manifestLoadError), the HTTP status of the refused answer (0 when there was none to read), and
   * the URL.
   */
  public record HlsError(
      String type, String details, boolean fatal, int status, String url, String reason) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s/%s%s status %d at %s (%s)",
          type,
          details,
          fatal ? " (fatal)" : "",
          status,
          url,
          reason);
    }
  }

  /**
   * What one scenario played: the renditions of the master playlist; whether hls.js chose them
   * itself; the heights of the fragments it loaded and of those the video element played; the media
   * time reached; the size of the decoded picture at the end; every hls.js error (non-fatal ones
   * included, e.g. a stall); the error that stopped the scenario, if one did; the page's log.
   */
  public record Playback(
      List<Level> levels,
      boolean autoLevel,
      List<Integer> loadedHeights,
      List<Integer> playedHeights,
      double reachedSeconds,
      int videoWidth,
      int videoHeight,
      List<HlsError> errors,
      HlsError stop,
      List<String> log) {

    String logText() {
      return "\npage log:\n  " + String.join("\n  ", log);
    }
  }

  /**
   * A seek from {@code fromSeconds} of playback to {@code targetSeconds}: where the video element
   * stood once it had seeked, and the playback that went on from there.
   */
  public record Seek(
      double fromSeconds, double targetSeconds, double landedSeconds, Playback playback) {}

  private record Report(Playback playback, JsonObject seek) {

    static Report parse(String json, List<String> log) {
      JsonObject report;
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        report = reader.readObject();
      }
      List<Level> levels =
          report.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
              .map(
                  l ->
                      new Level(
                          l.getInt("index"),
                          l.getInt("width"),
                          l.getInt("height"),
                          l.getJsonNumber("bitrate").longValue()))
              .toList();
      List<HlsError> errors =
          report.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
              .map(Report::error)
              .toList();
      Playback playback =
          new Playback(
              levels,
              report.getBoolean("autoLevel"),
              heights(report, "loadedHeights"),
              heights(report, "playedHeights"),
              report.getJsonNumber("reached").doubleValue(),
              report.getInt("videoWidth"),
              report.getInt("videoHeight"),
              errors,
              report.isNull("stop") ? null : error(report.getJsonObject("stop")),
              log);
      return new Report(playback, report.isNull("seek") ? null : report.getJsonObject("seek"));
    }

    private static List<Integer> heights(JsonObject report, String name) {
      return report.getJsonArray(name).getValuesAs(JsonNumber.class).stream()
          .map(JsonNumber::intValue)
          .toList();
    }

    private static HlsError error(JsonObject e) {
      return new HlsError(
          e.getString("type"),
          e.getString("details"),
          e.getBoolean("fatal"),
          e.getInt("status"),
          e.getString("url"),
          e.getString("reason"));
    }
  }
}
