package kr.academy.bench.hls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.academy.media.Rendition;

/** One rendition as written: its segments' durations (EXTINF) and sizes. */
record RenditionOutput(
    Rendition rendition,
    int segments,
    double seconds,
    double shortest,
    double longest,
    long bytes,
    double peakBitsPerSecond) {

  static RenditionOutput of(Rendition r, Path playlist) throws IOException {
    List<Double> durations = new ArrayList<>();
    long bytes = 0;
    double peak = 0;
    double duration = 0;
    for (String line : Files.readAllLines(playlist, StandardCharsets.UTF_8)) {
      String text = line.strip();
      if (text.startsWith("#EXTINF:")) {
        String value = text.substring("#EXTINF:".length());
        int comma = value.indexOf(',');
        duration = Double.parseDouble(comma < 0 ? value : value.substring(0, comma));
      } else if (!text.isEmpty() && !text.startsWith("#")) {
        long size = Files.size(playlist.resolveSibling(text));
        durations.add(duration);
        bytes += size;
        if (duration > 0) {
          peak = Math.max(peak, size * 8 / duration);
        }
      }
    }
    double seconds = durations.stream().mapToDouble(Double::doubleValue).sum();
    // The last segment is whatever is left over; it says nothing about where segments are cut.
    List<Double> cut =
        durations.size() > 1 ? durations.subList(0, durations.size() - 1) : durations;
    return new RenditionOutput(
        r,
        durations.size(),
        seconds,
        cut.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        cut.stream().mapToDouble(Double::doubleValue).max().orElse(0),
        bytes,
        peak);
  }

  String what() {
    return rendition.name()
        + (rendition.copyVideo()
            ? " copied"
            : " "
                + rendition.width()
                + "x"
                + rendition.height()
                + "@"
                + rendition.videoKbps()
                + "k");
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "%-22s %5d segments of %.2f / %.2f / %.2f s (shortest, mean, longest; the last left out of shortest and longest),"
            + " %8.1f MB,"
            + " %5.0f kb/s average, %5.0f kb/s peak segment",
        what(),
        segments,
        shortest,
        seconds / segments,
        longest,
        bytes / 1e6,
        bytes * 8 / seconds / 1000,
        peakBitsPerSecond / 1000);
  }

  String cell() {
    return String.format(
        Locale.ROOT,
        "%s: %d (%.2f/%.2f/%.2f), %.1f MB, %.0f/%.0f",
        what(),
        segments,
        shortest,
        seconds / segments,
        longest,
        bytes / 1e6,
        bytes * 8 / seconds / 1000,
        peakBitsPerSecond / 1000);
  }
}
