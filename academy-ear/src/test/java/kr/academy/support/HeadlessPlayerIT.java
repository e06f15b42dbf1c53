package kr.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser harness itself, without the API: a 24 s stream of two H.264 renditions (320×180 and
 * 640×360, 4 s segments) written here with JavaCV's FFmpeg and served from another origin, with
 * CORS, the way the bucket serves lecture streams.
 */
class HeadlessPlayerIT {

  private static final double SECONDS = 24;
  private static final int SEGMENT_SECONDS = 4;
  private static final List<int[]> RENDITIONS = List.of(new int[] {320, 180}, new int[] {640, 360});

  private static Path stream;
  private static HttpServer media;
  private static HeadlessPlayer player;

  @BeforeAll
  static void serveStream() throws Exception {
    stream = Files.createTempDirectory("hls-");
    writeStream(stream);
    media = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    media.createContext("/", HeadlessPlayerIT::serve);
    media.start();
    player = HeadlessPlayer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (player != null) {
      player.close();
    }
    if (media != null) {
      media.stop(0);
    }
    if (stream != null) {
      try (Stream<Path> files = Files.walk(stream)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @Test
  void playsPastTenSecondsHeldAtEachRendition() {
    for (int[] rendition : RENDITIONS) {
      int height = rendition[1];
      HeadlessPlayer.Playback playback = player.play(url("/master.m3u8"), height, 10);

      assertEquals(
          List.of(180, 360),
          playback.levels().stream().map(HeadlessPlayer.Level::height).toList(),
          "the renditions hls.js read from the master playlist");
      assertFalse(playback.autoLevel(), "ABR is off while a rendition is held");
      assertTrue(playback.reachedSeconds() >= 10, () -> "reached " + playback.reachedSeconds());
      assertEquals(List.of(height), playback.loadedHeights(), "fragments loaded");
      assertEquals(List.of(height), playback.playedHeights(), "fragments played");
      assertEquals(rendition[0], playback.videoWidth(), "width of the decoded picture");
      assertEquals(height, playback.videoHeight(), "height of the decoded picture");
    }
  }

  @Test
  void aSeekLandsOnItsTargetAndPlaysOnFromThere() {
    HeadlessPlayer.Seek seek = player.seek(url("/master.m3u8"), 12);

    assertTrue(seek.fromSeconds() < 12, () -> "seeked from " + seek.fromSeconds());
    assertEquals(12, seek.landedSeconds(), 1.0, "where the seek landed");
    assertTrue(
        seek.playback().reachedSeconds() >= 13,
        () -> "played on to " + seek.playback().reachedSeconds());
    assertTrue(seek.playback().stop() == null, () -> "stopped: " + seek.playback().stop());
  }

  @Test
  void refusalsComeBackWithTheirStatus() {
    HeadlessPlayer.HlsError missing = player.refused(url("/missing.m3u8"));
    assertEquals("manifestLoadError", missing.details(), missing::toString);
    assertEquals(404, missing.status(), missing::toString);
    assertTrue(missing.url().endsWith("/missing.m3u8"), missing::toString);

    // A playlist that is served but whose segments are refused, as an expired presigned URL is.
    HeadlessPlayer.HlsError segment = player.refused(url("/refused/master.m3u8"));
    assertEquals("fragLoadError", segment.details(), segment::toString);
    assertEquals(403, segment.status(), segment::toString);

    // An answer without CORS headers is unreadable to the page: no status at all.
    HeadlessPlayer.HlsError noCors = player.refused(url("/no-cors/master.m3u8"));
    assertEquals("manifestLoadError", noCors.details(), noCors::toString);
    assertEquals(0, noCors.status(), noCors::toString);
  }

  private static URI url(String path) {
    return URI.create("http://127.0.0.1:" + media.getAddress().getPort() + path);
  }

  /**
   * One FFmpeg run writes both renditions from its test pattern, with a keyframe every segment as
   * the video worker encodes them, and a master playlist without CODECS, as the worker writes it.
   */
  private static void writeStream(Path dir) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Loader.load(org.bytedeco.ffmpeg.ffmpeg.class),
                "-hide_banner",
                "-nostdin",
                "-loglevel",
                "error",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=640x360:rate=25:duration=" + SECONDS));
    StringBuilder master = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n");
    for (int[] rendition : RENDITIONS) {
      String name = rendition[1] + "p";
      Files.createDirectories(dir.resolve(name));
      command.addAll(
          List.of(
              "-map",
              "0:v",
              "-vf",
              "scale=" + rendition[0] + ":" + rendition[1] + ",format=yuv420p",
              "-c:v",
              "libopenh264",
              "-b:v",
              rendition[1] * 2 + "k",
              "-g",
              Integer.toString(25 * SEGMENT_SECONDS),
              "-force_key_frames",
              "expr:gte(t,n_forced*" + SEGMENT_SECONDS + ")",
              "-f",
              "hls",
              "-hls_time",
              Integer.toString(SEGMENT_SECONDS),
              "-hls_playlist_type",
              "vod",
              "-hls_segment_filename",
              dir.resolve(name).resolve("segment-%05d.ts").toString(),
              dir.resolve(name).resolve("index.m3u8").toString()));
      master
          .append("#EXT-X-STREAM-INF:BANDWIDTH=")
          .append(rendition[1] * 2 * 1200)
          .append(",RESOLUTION=")
          .append(rendition[0])
          .append('x')
          .append(rendition[1])
          .append('\n')
          .append(name)
          .append("/index.m3u8\n");
    }
    Path log = dir.resolve("ffmpeg.log");
    Process ffmpeg =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
      ffmpeg.destroyForcibly();
      throw new IllegalStateException("ffmpeg failed: " + Files.readString(log));
    }
    Files.delete(log);
    Files.writeString(dir.resolve("master.m3u8"), master);
  }

  /**
   * The stream with CORS for any origin; under /refused/ the same playlists whose segments answer
   * 403, and under /no-cors/ the same answers without CORS headers.
   */
  private static void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      boolean cors = !path.startsWith("/no-cors/");
      if (cors) {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
      }
      boolean refused = path.startsWith("/refused/");
      String relative = path.replaceFirst("^/(refused|no-cors)/", "/").substring(1);
      Path file = stream.resolve(relative).normalize();
      if (!file.startsWith(stream) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
      } else if (refused && relative.endsWith(".ts")) {
        byte[] body = "<Error><Code>AccessDenied</Code></Error>".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(403, body.length);
        exchange.getResponseBody().write(body);
      } else {
        exchange
            .getResponseHeaders()
            .set(
                "Content-Type",
                relative.endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t");
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    }
  }
}
