package kr.academy.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Playback heartbeats under load: {@code WATCHERS} sessions, one per ready video of the academy
 * (bench/heartbeats.sh inserts the video rows), then open-loop heartbeats at each rate given, each
 * from the next watcher in turn with its position moved on by the real time since its last one, so
 * every heartbeat takes the crediting path, not a rejection.
 *
 * <p>Usage: {@code HeartbeatBench BASE_URL TOKEN WATCHERS SECONDS RATE...}.
 */
public final class HeartbeatBench {

  private static final Pattern VIDEO_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\":\"([0-9a-f-]{36})\"");

  private HeartbeatBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int watchers = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);

    List<String> videos = new ArrayList<>();
    for (int page = 0; videos.size() < watchers; page++) {
      Matcher m =
          VIDEO_ID.matcher(
              BenchHttp.get(
                  base + "/api/v1/media/videos?status=READY&size=100&page=" + page, token, 200));
      int before = videos.size();
      while (m.find() && videos.size() < watchers) {
        videos.add(m.group(1));
      }
      if (videos.size() == before) {
        throw new IllegalStateException("only " + before + " ready videos; seed more");
      }
    }
    String[] sessions = new String[watchers];
    long[] lastNanos = new long[watchers];
    double[] positions = new double[watchers];
    long opening = System.nanoTime();
    for (int w = 0; w < watchers; w++) {
      sessions[w] =
          BenchHttp.find(
              SESSION_ID,
              BenchHttp.post(
                  base + "/api/v1/media/videos/" + videos.get(w) + "/playback-sessions",
                  token,
                  "{}",
                  201));
    }
    System.out.printf(
        "opened %d playback sessions in %.1f s%n", watchers, (System.nanoTime() - opening) / 1e9);

    for (int r = 4; r < args.length; r++) {
      int rate = Integer.parseInt(args[r]);
      OpenLoop.run(
          "heartbeats of " + watchers + " watchers",
          i -> {
            int w = (int) (i % watchers);
            long now = System.nanoTime();
            synchronized (positions) {
              if (lastNanos[w] != 0) {
                positions[w] = Math.min(3599, positions[w] + (now - lastNanos[w]) / 1e9);
              }
              lastNanos[w] = now;
            }
            String body =
                String.format(
                    Locale.ROOT,
                    "{\"positionSeconds\":%.2f,\"playing\":true,\"rate\":1}",
                    positions[w]);
            return HttpRequest.newBuilder(
                    URI.create(
                        base + "/api/v1/media/playback-sessions/" + sessions[w] + "/heartbeat"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
          },
          rate,
          seconds);
    }
  }
}
