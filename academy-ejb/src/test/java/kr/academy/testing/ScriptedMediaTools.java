package kr.academy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import kr.academy.media.MediaInfo;
import kr.academy.media.MediaRejected;
import kr.academy.media.MediaTools;
import kr.academy.media.Rendition;

/**
 * FFmpeg as a test scripts it: probing answers the given {@link MediaInfo} (or refuses the file),
 * stills and segments are small text files, and every call is kept.
 */
public final class ScriptedMediaTools implements MediaTools {

  private MediaInfo info;
  private String refusal;
  private final List<Double> stills = new ArrayList<>();
  private final List<List<Rendition>> hlsRuns = new ArrayList<>();

  /** Probing finds {@code info}. */
  public ScriptedMediaTools probes(MediaInfo info) {
    this.info = info;
    this.refusal = null;
    return this;
  }

  /** Probing refuses the file with {@code reason}. */
  public ScriptedMediaTools refuses(String reason) {
    this.refusal = reason;
    return this;
  }

  /** The moments stills were cut at. */
  public List<Double> stills() {
    return List.copyOf(stills);
  }

  /** The renditions asked for, per HLS run. */
  public List<List<Rendition>> hlsRuns() {
    return List.copyOf(hlsRuns);
  }

  /** A 720p H.264 + AAC lecture of {@code seconds}. */
  public static MediaInfo lecture720(double seconds) {
    return new MediaInfo(
        seconds, true, "h264", 1280, 720, 30, Math.round(seconds * 30), true, "aac");
  }

  @Override
  public MediaInfo probe(Path file) {
    if (refusal != null) {
      throw new MediaRejected(refusal);
    }
    return info;
  }

  @Override
  public void stills(Path video, double seconds, List<Still> wanted) throws IOException {
    stills.add(seconds);
    for (Still still : wanted) {
      Files.writeString(
          still.jpeg(),
          String.format(Locale.ROOT, "jpeg %.2f s, %d wide", seconds, still.maxWidth()),
          StandardCharsets.UTF_8);
    }
  }

  @Override
  public List<HlsOutput> hls(
      Path source,
      MediaInfo probed,
      List<Rendition> renditions,
      int segmentSeconds,
      Path dir,
      IntConsumer progress)
      throws IOException {
    hlsRuns.add(List.copyOf(renditions));
    List<HlsOutput> outputs = new ArrayList<>();
    progress.accept(50);
    for (Rendition r : renditions) {
      Path folder = Files.createDirectories(dir.resolve(r.name()));
      StringBuilder playlist =
          new StringBuilder(
              "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + segmentSeconds + "\n");
      for (int n = 0; n < 2; n++) {
        String segment = String.format(Locale.ROOT, "segment-%05d.ts", n);
        Files.write(folder.resolve(segment), new byte[1000 * (n + 1)]);
        playlist
            .append("#EXTINF:")
            .append(segmentSeconds)
            .append(".000,\n")
            .append(segment)
            .append('\n');
      }
      playlist.append("#EXT-X-ENDLIST\n");
      Path index = folder.resolve("index.m3u8");
      Files.writeString(index, playlist, StandardCharsets.UTF_8);
      outputs.add(new HlsOutput(r, index));
    }
    progress.accept(99);
    return outputs;
  }
}
