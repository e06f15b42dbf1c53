package kr.academy.bench.hls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kr.academy.media.MediaInfo;
import kr.academy.media.Rendition;
import kr.academy.media.RenditionPlan;
import kr.academy.media.VideoSettings;
import kr.academy.media.javacv.FfmpegMediaTools;
import org.bytedeco.javacpp.Loader;

/**
 * The HLS benchmark's runs (bench/hls.sh; figures in docs/performance.md, "HLS of a lecture hour"):
 *
 * <pre>
 *   HlsBench run VIDEO DIR CASE...   write VIDEO's HLS into DIR once per CASE, timed
 * </pre>
 *
 * <p>A case is {@code TOOL:RENDITIONS}. Renditions: {@code plan} (what {@link RenditionPlan} gives
 * VIDEO: for the 720p H.264 lecture, 720p copied and 360p encoded, in one FFmpeg run), {@code
 * 720p-copy} and {@code 360p} (each of the plan's renditions alone), {@code plan-encoded} (the plan
 * that {@link RenditionPlan} gives the same picture in another codec: 720p and 360p encoded, what
 * copying saves) and {@code 720p-encoded} (its top rendition alone). Tools:
 *
 * <ul>
 *   <li>{@code product}: {@link FfmpegMediaTools#hls} as the video worker calls it (JavaCV's {@code
 *       ffmpeg} executable, libopenh264, progress read by the JVM), with the worker's segment
 *       length ({@link VideoSettings}, 4 s);
 *   <li>{@code javacv-cli}: the same executable and the same arguments, started as a plain process
 *       (no JVM reading its progress);
 *   <li>{@code debian-x264}: Debian's {@code ffmpeg} with the same arguments but {@code libx264
 *       -preset veryfast} at the same bitrate (the GPL encoder the product does not ship).
 * </ul>
 *
 * <p>Per case: wall time, × realtime, the CPU seconds (user + system) of the FFmpeg process (from
 * this JVM's reaped-children times in /proc/self/stat) and of the JVM itself, and per rendition its
 * segments (count; EXTINF shortest, mean, longest), size and average and peak bitrate. Segment
 * files are deleted after each case (the playlists stay) to keep the disk free.
 */
public final class HlsBench {

  /** /proc reports times in USER_HZ, 100 on Linux x86-64. */
  private static final double TICKS_PER_SECOND = 100;

  private HlsBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4 || !args[0].equals("run")) {
      throw new IllegalArgumentException("HlsBench run VIDEO DIR CASE...");
    }
    Path video = Path.of(args[1]).toAbsolutePath();
    Path dir = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
    FfmpegMediaTools tools = new FfmpegMediaTools();
    long started = System.nanoTime();
    MediaInfo info = tools.probe(video);
    System.out.printf(
        Locale.ROOT,
        "source %s: %.1f s, %s %dx%d at %.2f fps, %d frames, %s; %.1f MB; probed in %.2f s"
            + " (natives loaded)%n",
        video.getFileName(),
        info.durationSeconds(),
        info.videoCodec(),
        info.width(),
        info.height(),
        info.frameRate(),
        info.videoFrames(),
        info.hasAudio() ? "audio " + info.audioCodec() : "no audio",
        Files.size(video) / 1e6,
        (System.nanoTime() - started) / 1e9);
    int segmentSeconds = new VideoSettings().segmentSeconds();
    List<Rendition> plan = RenditionPlan.of(info);
    System.out.println("plan (segments of " + segmentSeconds + " s): " + plan);
    List<Result> results = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      String[] c = args[i].split(":", 2);
      List<Rendition> renditions = renditions(c[1], info, plan);
      Path out = dir.resolve(args[i].replace(':', '-'));
      deleteTree(out);
      Files.createDirectories(out);
      Result result =
          time(
              args[i],
              info,
              () -> write(c[0], tools, video, info, renditions, segmentSeconds, out));
      for (Rendition r : renditions) {
        result.outputs.add(RenditionOutput.of(r, out.resolve(r.name()).resolve("index.m3u8")));
      }
      System.out.println(result.line());
      result.outputs.forEach(o -> System.out.println("    " + o.line()));
      results.add(result);
      deleteSegments(out);
    }
    System.out.println();
    System.out.println(
        "| case | wall s | × realtime | ffmpeg CPU s (user+sys) | CPU s per video hour | JVM CPU s"
            + " | rendition: segments (s: min/mean/max), MB, kb/s avg/peak |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    results.forEach(r -> System.out.println(r.row()));
  }

  private static List<Rendition> renditions(String which, MediaInfo info, List<Rendition> plan) {
    Rendition top = plan.get(0);
    return switch (which) {
      case "plan" -> plan;
      case "720p-copy" -> {
        if (!top.copyVideo()) {
          throw new IllegalStateException("the plan does not copy the top rendition: " + plan);
        }
        yield List.of(top);
      }
      case "360p" -> List.of(plan.get(plan.size() - 1));
      case "720p-encoded" -> List.of(inAnotherCodec(info).get(0));
      case "plan-encoded" -> inAnotherCodec(info);
      default -> throw new IllegalArgumentException("unknown renditions: " + which);
    };
  }

  /**
   * RenditionPlan's plan for the same picture in another codec (HEVC): every rendition encoded, the
   * top one at 1280x720 and 2,500 kb/s.
   */
  private static List<Rendition> inAnotherCodec(MediaInfo info) {
    MediaInfo other =
        new MediaInfo(
            info.durationSeconds(),
            true,
            "hevc",
            info.width(),
            info.height(),
            info.frameRate(),
            info.videoFrames(),
            info.hasAudio(),
            info.audioCodec());
    List<Rendition> plan = RenditionPlan.of(other);
    if (plan.stream().anyMatch(Rendition::copyVideo)) {
      throw new IllegalStateException("RenditionPlan copies: " + plan);
    }
    return plan;
  }

  private interface Work {
    void run() throws Exception;
  }

  private static void write(
      String tool,
      FfmpegMediaTools tools,
      Path video,
      MediaInfo info,
      List<Rendition> renditions,
      int segmentSeconds,
      Path out)
      throws Exception {
    switch (tool) {
      case "product" -> tools.hls(video, info, renditions, segmentSeconds, out, percent -> {});
      case "javacv-cli" ->
          exec(
              command(
                  Loader.load(org.bytedeco.ffmpeg.ffmpeg.class),
                  List.of("-c:v", "libopenh264"),
                  video,
                  info,
                  renditions,
                  segmentSeconds,
                  out),
              out);
      case "debian-x264" ->
          exec(
              command(
                  "ffmpeg",
                  List.of("-c:v", "libx264", "-preset", "veryfast"),
                  video,
                  info,
                  renditions,
                  segmentSeconds,
                  out),
              out);
      default -> throw new IllegalArgumentException("unknown tool: " + tool);
    }
  }

  /**
   * The product's command line ({@link FfmpegMediaTools#hlsArguments}) run by another {@code
   * ffmpeg} with another encoder.
   */
  static List<String> command(
      String ffmpeg,
      List<String> encoder,
      Path video,
      MediaInfo info,
      List<Rendition> renditions,
      int segmentSeconds,
      Path out) {
    List<String> command =
        new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y"));
    command.addAll(
        FfmpegMediaTools.hlsArguments(video, info, renditions, segmentSeconds, out, encoder));
    return command;
  }

  private static void exec(List<String> command, Path out) throws Exception {
    for (String arg : command) {
      if (arg.endsWith("index.m3u8")) {
        Files.createDirectories(Path.of(arg).getParent());
      }
    }
    Path log = out.resolve("ffmpeg.log");
    Process process =
        new ProcessBuilder(command)
            .directory(out.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile())
            .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          "ffmpeg exited with " + exit + ": " + Files.readString(log) + "\n" + command);
    }
  }

  private static Result time(String name, MediaInfo info, Work work) throws Exception {
    double[] children = cpu(true);
    double[] self = cpu(false);
    long started = System.nanoTime();
    work.run();
    double wall = (System.nanoTime() - started) / 1e9;
    double[] childrenAfter = cpu(true);
    double[] selfAfter = cpu(false);
    return new Result(
        name,
        info.durationSeconds(),
        wall,
        childrenAfter[0] - children[0],
        childrenAfter[1] - children[1],
        selfAfter[0] + selfAfter[1] - self[0] - self[1]);
  }

  /**
   * User and system seconds of this JVM, or of its children that have ended and been waited for
   * (fields 14–17 of /proc/self/stat: utime, stime, cutime, cstime).
   */
  private static double[] cpu(boolean children) throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    int user = children ? 13 : 11; // field N of proc(5) is fields[N - 3]
    return new double[] {
      Long.parseLong(fields[user]) / TICKS_PER_SECOND,
      Long.parseLong(fields[user + 1]) / TICKS_PER_SECOND
    };
  }

  private static final class Result {
    final String name;
    final double sourceSeconds;
    final double wall;
    final double user;
    final double system;
    final double jvm;
    final List<RenditionOutput> outputs = new ArrayList<>();

    Result(String name, double sourceSeconds, double wall, double user, double system, double jvm) {
      this.name = name;
      this.sourceSeconds = sourceSeconds;
      this.wall = wall;
      this.user = user;
      this.system = system;
      this.jvm = jvm;
    }

    double cpu() {
      return user + system;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-26s wall %7.1f s, %7.1fx realtime; ffmpeg CPU %7.1f s (user %.1f, sys %.1f),"
              + " %6.0f CPU s per video hour, %.2f cores busy; JVM CPU %.1f s",
          name,
          wall,
          sourceSeconds / wall,
          cpu(),
          user,
          system,
          cpu() * 3600 / sourceSeconds,
          cpu() / wall,
          jvm);
    }

    String row() {
      StringBuilder outs = new StringBuilder();
      for (RenditionOutput o : outputs) {
        outs.append(outs.isEmpty() ? "" : "; ").append(o.cell());
      }
      return String.format(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.1f | %.0f | %.1f | %s |",
          name,
          wall,
          sourceSeconds / wall,
          cpu(),
          cpu() * 3600 / sourceSeconds,
          jvm,
          outs);
    }
  }

  private static void deleteSegments(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ts")).toList()) {
        Files.delete(file);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
