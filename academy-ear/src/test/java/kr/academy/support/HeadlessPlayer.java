package kr.academy.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plays HLS the way the web app will: hls.js (tools/browser, pinned in its package-lock.json) in
 * Debian's headless Chromium, muted, with Media Source Extensions and the browser's own CORS and
 * caching. One Chromium serves a player; each call is one scenario in a browser context of its own
 * (no cache, cookies or connections shared with another call), opened and closed over the DevTools
 * protocol. The page (src/test/resources/player/index.html) posts what happened back to a JDK HTTP
 * server on 127.0.0.1, whose origin is neither the API's nor the bucket's, so playlists and
 * segments are fetched cross-origin as in production.
 *
 * <p>Every call waits for the page's report up to its timeout (or until Chromium dies), never
 * polling. A failure carries the page's log (hls.js events and errors) and the end of Chromium's.
 */
public final class HeadlessPlayer implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern DEVTOOLS_LINE = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final int CHROMIUM_LOG_LINES = 40;

  private final HttpServer server;
  private final byte[] page;
  private final byte[] hlsJs;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final Deque<String> chromiumLog = new ArrayDeque<>();
  private Path profile;
  private Process chromium;
  private DevTools devTools;

  private HeadlessPlayer(HttpServer server, byte[] page, byte[] hlsJs) {
    this.server = server;
    this.page = page;
    this.hlsJs = hlsJs;
  }

  /** Starts the page's server and Chromium; {@link #close()} stops both. */
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
    HeadlessPlayer player;
    try (InputStream in = HeadlessPlayer.class.getResourceAsStream("/player/index.html")) {
      if (in == null) {
        throw new IllegalStateException("player/index.html is not on the test class path");
      }
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      player = new HeadlessPlayer(server, in.readAllBytes(), Files.readAllBytes(hlsJs));
      server.createContext("/", player::handle);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      player.startChromium();
      return player;
    } catch (RuntimeException e) {
      player.close();
      throw e;
    }
  }

  private void startChromium() {
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    try {
      profile = Files.createTempDirectory("headless-player-");
      chromium = new ProcessBuilder(chromiumCommand(profile)).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread reader = new Thread(() -> readChromiumLog(endpoint), "chromium-log");
    reader.setDaemon(true);
    reader.start();
    chromium
        .onExit()
        .thenRun(
            () -> {
              IllegalStateException died =
                  new IllegalStateException("Chromium exited with " + chromium.exitValue());
              endpoint.completeExceptionally(died);
              runs.values().forEach(run -> run.result.completeExceptionally(died));
            });
    try {
      URI webSocket = endpoint.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      devTools = DevTools.connect(webSocket, START_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Chromium started", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Chromium did not start: " + e + chromiumTail(), e);
    }
  }

  /** Keeps the end of Chromium's output, and hands over the DevTools address it prints. */
  private void readChromiumLog(CompletableFuture<URI> endpoint) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(chromium.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        Matcher devToolsLine = DEVTOOLS_LINE.matcher(line);
        if (devToolsLine.find()) {
          endpoint.complete(URI.create(devToolsLine.group(1)));
        }
        // A container has no D-Bus, and Chromium says so dozens of times: that hides the rest.
        if (line.contains(":dbus/")) {
          continue;
        }
        synchronized (chromiumLog) {
          chromiumLog.addLast(line);
          if (chromiumLog.size() > CHROMIUM_LOG_LINES) {
            chromiumLog.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      endpoint.completeExceptionally(e);
    }
  }

  private String chromiumTail() {
    synchronized (chromiumLog) {
      return "\nChromium log (end):\n  " + String.join("\n  ", chromiumLog);
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
    try {
      if (devTools != null) {
        devTools.close();
      }
      stopChromium();
      delete(profile);
    } finally {
      server.stop(0);
    }
  }

  private Report scenario(URI master, Map<String, Object> parameters, Duration timeout) {
    String id = UUID.randomUUID().toString();
    StringBuilder query =
        new StringBuilder("run=").append(id).append("&src=").append(encode(master.toString()));
    parameters.forEach(
        (name, value) -> query.append('&').append(name).append('=').append(encode(value)));
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/player.html?" + query;
    Run run = new Run();
    runs.put(id, run);
    if (!chromium.isAlive()) {
      run.result.completeExceptionally(
          new IllegalStateException("Chromium exited with " + chromium.exitValue()));
    }
    String context = null;
    try {
      context =
          devTools
              .call("Target.createBrowserContext", Json.createObjectBuilder())
              .getString("browserContextId");
      devTools.call(
          "Target.createTarget",
          Json.createObjectBuilder().add("url", url).add("browserContextId", context));
      String json = run.result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return Report.parse(json, List.copyOf(run.log));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no report from the player within " + timeout + run.logText() + chromiumTail(), e);
    } catch (ExecutionException e) {
      throw new AssertionError(
          e.getCause().getMessage() + run.logText() + chromiumTail(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the player ran", e);
    } finally {
      runs.remove(id);
      if (context != null && chromium.isAlive()) {
        // Closes the scenario's page, and with it hls.js and its requests.
        devTools.call(
            "Target.disposeBrowserContext",
            Json.createObjectBuilder().add("browserContextId", context));
      }
    }
  }

  private static List<String> chromiumCommand(Path profile) {
    return List.of(
        CHROMIUM.toString(),
        "--headless=new",
        // Tests run as root, where Chromium's sandbox refuses to start.
        "--no-sandbox",
        "--disable-gpu",
        "--mute-audio",
        "--autoplay-policy=no-user-gesture-required",
        "--user-data-dir=" + profile,
        "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0",
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
        "about:blank");
  }

  /** Chromium and its helpers (zygote, renderers, GPU process) leave together. */
  private void stopChromium() {
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

    String logText() {
      synchronized (log) {
        return "\npage log:\n  " + String.join("\n  ", log);
      }
    }
  }

  /**
   * The browser end of the DevTools protocol: commands and their answers over one WebSocket. Events
   * are never subscribed to, so every message that comes is an answer.
   */
  private static final class DevTools implements WebSocket.Listener {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder message = new StringBuilder();
    private WebSocket socket;

    static DevTools connect(URI endpoint, Duration timeout)
        throws InterruptedException, ExecutionException, TimeoutException {
      DevTools devTools = new DevTools();
      devTools.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .connectTimeout(timeout)
              .buildAsync(endpoint, devTools)
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return devTools;
    }

    /** Sends a command and returns its result; fails on an error answer or after 30 s. */
    JsonObject call(String method, JsonObjectBuilder params) {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonObject> answer = new CompletableFuture<>();
      pending.put(id, answer);
      String command =
          Json.createObjectBuilder()
              .add("id", id)
              .add("method", method)
              .add("params", params)
              .build()
              .toString();
      try {
        // One send at a time: the WebSocket refuses a send while another is under way.
        synchronized (this) {
          socket.sendText(command, true).get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return answer.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted during " + method, e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("DevTools " + method + " failed: " + e, e);
      } finally {
        pending.remove(id);
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        JsonObject answer;
        try (JsonReader reader = Json.createReader(new StringReader(message.toString()))) {
          answer = reader.readObject();
        }
        message.setLength(0);
        CompletableFuture<JsonObject> waiting =
            answer.containsKey("id") ? pending.get(answer.getInt("id")) : null;
        if (waiting != null && answer.containsKey("error")) {
          waiting.completeExceptionally(new IllegalStateException(answer.get("error").toString()));
        } else if (waiting != null) {
          waiting.complete(answer.getJsonObject("result"));
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      failAll(new IllegalStateException("DevTools connection closed: " + statusCode + reason));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      failAll(error);
    }

    private void failAll(Throwable cause) {
      pending.values().forEach(answer -> answer.completeExceptionally(cause));
    }

    void close() {
      socket.abort();
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
