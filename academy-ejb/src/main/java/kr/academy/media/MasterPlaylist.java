package kr.academy.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The master playlist over the renditions written: one variant per rendition, best first, with its
 * peak and average bandwidth measured from its segments (RFC 8216 §4.3.4.2) and its picture size.
 */
public final class MasterPlaylist {

  private MasterPlaylist() {}

  public static String of(List<MediaTools.HlsOutput> outputs) throws IOException {
    StringBuilder master = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n");
    for (MediaTools.HlsOutput output : outputs) {
      long[] bandwidth = bandwidth(output.playlist());
      Rendition r = output.rendition();
      master.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(bandwidth[0]);
      master.append(",AVERAGE-BANDWIDTH=").append(bandwidth[1]);
      if (r.hasVideo()) {
        master.append(",RESOLUTION=").append(r.width()).append('x').append(r.height());
      } else {
        master.append(",CODECS=\"mp4a.40.2\"");
      }
      master.append('\n').append(r.name()).append("/index.m3u8\n");
    }
    return master.toString();
  }

  /** Peak and average bits per second of a media playlist's segments. */
  static long[] bandwidth(Path playlist) throws IOException {
    List<String> lines = Files.readAllLines(playlist, StandardCharsets.UTF_8);
    double seconds = 0;
    long bytes = 0;
    double peak = 0;
    double duration = 0;
    for (String line : lines) {
      String text = line.strip();
      if (text.startsWith("#EXTINF:")) {
        String value = text.substring("#EXTINF:".length());
        int comma = value.indexOf(',');
        duration = Double.parseDouble(comma < 0 ? value : value.substring(0, comma));
      } else if (!text.isEmpty() && !text.startsWith("#")) {
        long size = Files.size(playlist.resolveSibling(text));
        seconds += duration;
        bytes += size;
        if (duration > 0) {
          peak = Math.max(peak, size * 8 / duration);
        }
      }
    }
    long average = seconds > 0 ? Math.round(bytes * 8 / seconds) : 0;
    return new long[] {Math.max(1, Math.round(Math.max(peak, average))), Math.max(1, average)};
  }
}
