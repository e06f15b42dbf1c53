package kr.academy.media.javacv;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import kr.academy.media.MediaInfo;
import kr.academy.media.MediaRejected;
import kr.academy.media.MediaTools;
import kr.academy.media.Rendition;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * {@link MediaTools} with the FFmpeg that JavaCV ships (the LGPL build, docs/video.md): probing
 * through {@link FFmpegFrameGrabber}, stills and HLS through the {@code ffmpeg} executable inside
 * the same jar, which reads the file once for every rendition. H.264 is encoded with libopenh264
 * (the LGPL build has no libx264); a copied stream is remuxed at its own keyframes.
 */
@ApplicationScoped
public class FfmpegMediaTools implements MediaTools {

  private static final Logger LOG = Logger.getLogger(FfmpegMediaTools.class.getName());
  static final String H264_ENCODER = "libopenh264";

  /** The executable, unpacked from the jar once per process. */
  private static final class Executable {
    static final String PATH = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
  }

  @Override
  public MediaInfo probe(Path file) throws IOException {
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
      try {
        grabber.start();
      } catch (FrameGrabber.Exception e) {
        throw new MediaRejected(
            "the file is not a video that can be read: it is damaged or of another kind");
      }
      double seconds = grabber.getLengthInTime() / 1_000_000.0;
      boolean video = grabber.hasVideo() && grabber.getImageWidth() > 0;
      boolean audio = grabber.hasAudio();
      double fps = grabber.getFrameRate();
      long frames = video ? Math.max(0, grabber.getLengthInVideoFrames()) : 0;
      MediaInfo info =
          new MediaInfo(
              seconds,
              video,
              video ? codecName(grabber.getVideoCodec()) : null,
              video ? grabber.getImageWidth() : 0,
              video ? grabber.getImageHeight() : 0,
              Double.isFinite(fps) ? fps : 0,
              frames,
              audio,
              audio ? codecName(grabber.getAudioCodec()) : null);
      grabber.stop();
      return info;
    }
  }

  private static String codecName(int id) {
    BytePointer name = avcodec.avcodec_get_name(id);
    return name == null ? "unknown" : name.getString().toLowerCase(Locale.ROOT);
  }

  @Override
  public void stills(Path video, double seconds, List<Still> stills) throws IOException {
    List<String> command = ffmpeg();
    command.addAll(
        List.of("-ss", String.format(Locale.ROOT, "%.3f", seconds), "-i", video.toString()));
    StringBuilder graph = new StringBuilder("[0:v]split=" + stills.size());
    for (int i = 0; i < stills.size(); i++) {
      graph.append("[s").append(i).append(']');
    }
    for (int i = 0; i < stills.size(); i++) {
      graph
          .append(";[s")
          .append(i)
          .append("]scale='min(")
          .append(stills.get(i).maxWidth())
          .append(",iw)':-2[o")
          .append(i)
          .append(']');
    }
    command.addAll(List.of("-filter_complex", graph.toString()));
    for (int i = 0; i < stills.size(); i++) {
      command.addAll(
          List.of(
              "-map",
              "[o" + i + "]",
              "-frames:v",
              "1",
              "-q:v",
              "3",
              "-update",
              "1",
              stills.get(i).jpeg().toString()));
    }
    run(command, video.getParent(), null, 0, "a still could not be cut from the video");
    for (Still still : stills) {
      if (!Files.isRegularFile(still.jpeg()) || Files.size(still.jpeg()) == 0) {
        throw new MediaRejected(
            String.format(
                Locale.ROOT,
                "no picture could be cut from the video at %.1f seconds: the file may be damaged",
                seconds));
      }
    }
  }

  @Override
  public List<HlsOutput> hls(
      Path source,
      MediaInfo info,
      List<Rendition> renditions,
      int segmentSeconds,
      Path dir,
      IntConsumer progress)
      throws IOException {
    if (renditions.stream().anyMatch(r -> r.hasVideo() && !r.copyVideo())) {
      requireH264Encoder();
    }
    List<HlsOutput> outputs = new ArrayList<>();
    for (Rendition r : renditions) {
      Path folder = Files.createDirectories(dir.resolve(r.name()));
      outputs.add(new HlsOutput(r, folder.resolve("index.m3u8")));
    }
    List<String> command = ffmpeg();
    command.addAll(
        hlsArguments(source, info, renditions, segmentSeconds, dir, List.of("-c:v", H264_ENCODER)));
    run(command, dir, progress, info.durationSeconds(), "the video could not be made into streams");
    for (HlsOutput output : outputs) {
      relativeSegments(output.playlist());
    }
    return List.copyOf(outputs);
  }

  /**
   * The arguments after {@code ffmpeg} that write every rendition into its folder under {@code dir}
   * in one run, encoding with {@code encoder} ({@code -c:v} and its options) where a rendition is
   * not copied. Public for the HLS benchmark, which runs the same command with other encoders.
   */
  public static List<String> hlsArguments(
      Path source,
      MediaInfo info,
      List<Rendition> renditions,
      int segmentSeconds,
      Path dir,
      List<String> encoder) {
    List<String> command = new ArrayList<>();
    command.addAll(List.of("-i", source.toString(), "-progress", "pipe:1", "-nostats"));
    for (Rendition r : renditions) {
      Path folder = dir.resolve(r.name());
      if (r.hasVideo()) {
        command.addAll(List.of("-map", "0:v:0"));
      }
      if (r.hasAudio()) {
        command.addAll(List.of("-map", "0:a:0"));
      }
      if (!r.hasVideo()) {
        command.add("-vn");
      } else if (r.copyVideo()) {
        command.addAll(List.of("-c:v", "copy"));
      } else {
        double fps = info.frameRate() > 0 && info.frameRate() <= 120 ? info.frameRate() : 25;
        command.addAll(List.of("-vf", "scale=" + r.width() + ":" + r.height() + ",format=yuv420p"));
        command.addAll(encoder);
        command.addAll(
            List.of(
                "-b:v", r.videoKbps() + "k",
                "-g", Long.toString(Math.max(1, Math.round(fps * segmentSeconds))),
                "-force_key_frames", "expr:gte(t,n_forced*" + segmentSeconds + ")"));
      }
      if (r.hasAudio()) {
        if (r.copyAudio()) {
          command.addAll(List.of("-c:a", "copy"));
        } else {
          command.addAll(List.of("-c:a", "aac", "-b:a", r.audioKbps() + "k", "-ac", "2"));
        }
      }
      command.addAll(
          List.of(
              "-sn",
              "-dn",
              "-f",
              "hls",
              "-hls_time",
              Integer.toString(segmentSeconds),
              "-hls_playlist_type",
              "vod",
              "-hls_list_size",
              "0",
              "-hls_segment_type",
              "mpegts",
              "-hls_segment_filename",
              folder.resolve("segment-%05d.ts").toString(),
              folder.resolve("index.m3u8").toString()));
    }
    return command;
  }

  /** Segment lines of a media playlist name files beside it, whatever FFmpeg wrote. */
  private static void relativeSegments(Path playlist) throws IOException {
    if (!Files.isRegularFile(playlist)) {
      throw new MediaRejected("the video could not be made into streams: no playlist was written");
    }
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(playlist, StandardCharsets.UTF_8)) {
      lines.add(
          line.isBlank() || line.startsWith("#")
              ? line
              : Path.of(line.strip()).getFileName().toString());
    }
    Files.write(playlist, lines, StandardCharsets.UTF_8);
  }

  private static void requireH264Encoder() {
    if (avcodec.avcodec_find_encoder_by_name(H264_ENCODER) == null) {
      throw new IllegalStateException(
          "this FFmpeg build has no "
              + H264_ENCODER
              + " encoder (docs/video.md, Upload and processing)");
    }
  }

  private static List<String> ffmpeg() {
    return new ArrayList<>(
        List.of(Executable.PATH, "-hide_banner", "-nostdin", "-loglevel", "error", "-y"));
  }

  /**
   * Runs FFmpeg; with {@code progress}, reads its {@code -progress} lines and reports percent of
   * {@code duration} done. Whatever {@code progress} throws stops FFmpeg and is rethrown.
   */
  private static void run(
      List<String> command, Path workDir, IntConsumer progress, double duration, String failure)
      throws IOException {
    Path log = Files.createTempFile(workDir, "ffmpeg-", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(false)
            .redirectError(log.toFile())
            .start();
    try {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        int last = -1;
        while ((line = out.readLine()) != null) {
          if (progress != null && line.startsWith("out_time_us=") && duration > 0) {
            int percent = percent(line.substring("out_time_us=".length()), duration);
            if (percent > last) {
              last = percent;
              progress.accept(percent);
            }
          }
        }
      }
      int exit = process.waitFor();
      if (exit != 0) {
        String errors = Files.readString(log, StandardCharsets.UTF_8);
        LOG.warning("ffmpeg exited with " + exit + ": " + tail(errors));
        throw new MediaRejected(failure + ": the file may be damaged");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while FFmpeg ran", e);
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
      Files.deleteIfExists(log);
    }
  }

  private static int percent(String micros, double duration) {
    try {
      double done = Long.parseLong(micros.strip()) / 1_000_000.0;
      return (int) Math.max(0, Math.min(99, done * 100 / duration));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String tail(String text) {
    String stripped = text.strip();
    return stripped.length() <= 2000 ? stripped : stripped.substring(stripped.length() - 2000);
  }
}
