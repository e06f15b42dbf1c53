package kr.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Lecture videos the way a client handles them: files written here with JavaCV, created through the
 * API, uploaded to the presigned URLs with a plain HTTP client (never through the API), completed
 * and polled.
 */
public final class Lectures {

  private static final int FPS = 25;

  private Lectures() {}

  /**
   * A small lecture: {@code seconds} of H.264 in MP4 at {@code width}×{@code height}, a new slide
   * every 2 s (too short to count as a page), with an AAC tone when {@code sound}; {@code frames} 1
   * makes it a single picture.
   */
  public static byte[] lecture(int width, int height, double seconds, boolean sound, int frames)
      throws Exception {
    return lecture(width, height, seconds, 2, sound, frames);
  }

  /** The same with a new slide every {@code slideSeconds}. */
  public static byte[] lecture(
      int width, int height, double seconds, int slideSeconds, boolean sound, int frames)
      throws Exception {
    return lecture(width, height, seconds, slideSeconds, sound, frames, avcodec.AV_CODEC_ID_H264);
  }

  /**
   * The same with the picture in another codec ({@code avcodec.AV_CODEC_ID_MPEG4}: MPEG-4 Part 2,
   * which the worker cannot copy into its streams and encodes, so its {@code hls} step runs FFmpeg
   * for a while rather than remuxing in an instant).
   */
  public static byte[] lecture(
      int width,
      int height,
      double seconds,
      int slideSeconds,
      boolean sound,
      int frames,
      int videoCodec)
      throws Exception {
    Path file = Files.createTempFile("lecture-", ".mp4");
    try {
      int total = frames > 0 ? frames : (int) Math.round(seconds * FPS);
      Java2DFrameConverter converter = new Java2DFrameConverter();
      try (FFmpegFrameRecorder recorder =
          new FFmpegFrameRecorder(file.toFile(), width, height, sound ? 1 : 0)) {
        recorder.setFormat("mp4");
        recorder.setVideoCodec(videoCodec);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(FPS);
        recorder.setGopSize(FPS);
        recorder.setVideoBitrate(300_000);
        if (sound) {
          recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
          recorder.setSampleRate(44_100);
          recorder.setAudioBitrate(64_000);
        }
        recorder.start();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int n = 0; n < total; n++) {
          int slide = n / (slideSeconds * FPS);
          Graphics2D g = image.createGraphics();
          // Slides that differ in brightness and layout, as real slides do (pages are found on
          // small grey pictures).
          int grey = new int[] {230, 40, 150, 90}[slide % 4];
          g.setColor(new Color(grey, grey, grey));
          g.fillRect(0, 0, width, height);
          g.setColor(grey > 120 ? Color.BLACK : Color.WHITE);
          g.fillRect((slide % 3) * width / 3, height * 2 / 3, width / 3, height / 4);
          g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 8)));
          g.drawString("Slide " + (slide + 1), width / 10, height / 2);
          g.dispose();
          recorder.record(converter.convert(image));
          if (sound) {
            recorder.recordSamples(44_100, 1, tone(n * (44_100 / FPS), 44_100 / FPS));
          }
        }
        recorder.stop();
      }
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** {@code seconds} of an AAC tone in an MP4 container, without a picture. */
  public static byte[] soundOnly(double seconds) throws Exception {
    Path file = Files.createTempFile("sound-", ".mp4");
    try {
      try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
        recorder.setFormat("mp4");
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setSampleRate(44_100);
        recorder.setAudioBitrate(64_000);
        recorder.start();
        for (int at = 0; at < seconds * 44_100; at += 4410) {
          recorder.recordSamples(44_100, 1, tone(at, 4410));
        }
        recorder.stop();
      }
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static ShortBuffer tone(int from, int count) {
    short[] samples = new short[count];
    for (int i = 0; i < count; i++) {
      samples[i] = (short) (Math.sin(2 * Math.PI * 440 * (from + i) / 44_100.0) * 8000);
    }
    return ShortBuffer.wrap(samples);
  }

  /** POST /media/videos; returns the 201's body. */
  public static JsonObject create(String token, String title, long size) {
    return create(token, title, "video/mp4", size).assertStatus(201).json();
  }

  public static Api.Reply create(String token, String title, String contentType, long size) {
    return Api.post(
        "/api/v1/media/videos",
        token,
        Json.createObjectBuilder()
            .add("title", title)
            .add("fileName", "lecture.mp4")
            .add("contentType", contentType)
            .add("sizeBytes", size)
            .build()
            .toString());
  }

  /** PUTs the file to the single upload URL with the headers it names, as a browser would. */
  public static void put(JsonObject upload, byte[] file) {
    HttpRequest.Builder put =
        HttpRequest.newBuilder(URI.create(upload.getString("url")))
            .timeout(Duration.ofSeconds(60))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(file));
    upload
        .getJsonObject("headers")
        .forEach((name, value) -> put.header(name, ((jakarta.json.JsonString) value).getString()));
    Api.Reply reply = Api.send(put.build());
    assertEquals(200, reply.status(), () -> "PUT to the upload URL: " + reply.body());
  }

  /** PUTs each part to its URL and returns the completion body with their ETags. */
  public static String putParts(JsonObject upload, byte[] file) {
    long partSize = upload.getJsonNumber("partSize").longValue();
    JsonArrayBuilder parts = Json.createArrayBuilder();
    for (var value : upload.getJsonArray("parts")) {
      JsonObject part = value.asJsonObject();
      int number = part.getInt("partNumber");
      int from = (int) ((number - 1) * partSize);
      byte[] bytes = Arrays.copyOfRange(file, from, (int) Math.min(file.length, from + partSize));
      Api.Reply reply =
          Api.send(
              HttpRequest.newBuilder(URI.create(part.getString("url")))
                  .timeout(Duration.ofSeconds(60))
                  .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                  .build());
      assertEquals(200, reply.status(), () -> "PUT of part " + number + ": " + reply.body());
      parts.add(
          Json.createObjectBuilder()
              .add("partNumber", number)
              .add("etag", reply.raw().headers().firstValue("ETag").orElseThrow()));
    }
    return Json.createObjectBuilder().add("parts", parts).build().toString();
  }

  /** Creates, uploads with one PUT and completes a video; returns its id. */
  public static String upload(String token, String title, byte[] file) {
    JsonObject created = create(token, title, file.length);
    put(created.getJsonObject("upload"), file);
    String id = created.getString("id");
    complete(token, id, "{}").assertStatus(202);
    return id;
  }

  public static Api.Reply complete(String token, String id, String body) {
    return Api.post("/api/v1/media/videos/" + id + "/complete", token, body);
  }

  public static JsonObject progress(String token, String id) {
    return Api.get("/api/v1/media/videos/" + id + "/progress", token).assertStatus(200).json();
  }

  /** Polls the video's progress until it matches, then returns the video. */
  public static JsonObject await(
      String token, String id, Predicate<JsonObject> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      last = progress(token, id);
      if (done.test(last)) {
        return Api.get("/api/v1/media/videos/" + id, token).assertStatus(200).json();
      }
      Jobs.pause(Duration.ofMillis(200));
    }
    return fail("video " + id + " did not get there in " + timeout + "; last progress " + last);
  }

  /** Polls until the video is READY or FAILED; returns the video. */
  public static JsonObject awaitFinal(String token, String id) {
    return await(
        token,
        id,
        p -> p.getString("status").equals("READY") || p.getString("status").equals("FAILED"),
        Duration.ofSeconds(180));
  }

  /** GETs a presigned URL with a plain client. */
  public static Api.Reply fetch(String url) {
    return Api.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
  }
}
