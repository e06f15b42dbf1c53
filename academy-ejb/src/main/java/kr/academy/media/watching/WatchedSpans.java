package kr.academy.media.watching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a video credited as watched, as sorted, disjoint spans of seconds. Watching a part
 * twice covers it once: completion is what the spans cover, not the seconds watched. Kept as text
 * ({@code "0-31.5,40-80.25"}) on the session row; at most {@link #MAX_SPANS} spans, the closest two
 * joined when there would be more (a viewer who skips around in tiny steps loses a little
 * precision, never a watched second).
 */
public final class WatchedSpans {

  /** The text column holds 4,000 characters; 200 spans of two 9-character numbers fit. */
  static final int MAX_SPANS = 200;

  /** Spans closer than this are one: two heartbeats' rounding must not leave a gap. */
  private static final double JOIN_SECONDS = 0.5;

  public static final WatchedSpans NONE = new WatchedSpans(List.of());

  /** A span of the video, from {@code from} to {@code to} seconds, to the hundredth as stored. */
  public record Span(double from, double to) {
    public Span {
      if (!(from >= 0 && to >= from)) {
        throw new IllegalArgumentException("not a span: " + from + "-" + to);
      }
      from = Math.round(from * 100) / 100.0;
      to = Math.round(to * 100) / 100.0;
    }

    double length() {
      return to - from;
    }
  }

  private final List<Span> spans;

  private WatchedSpans(List<Span> spans) {
    this.spans = List.copyOf(spans);
  }

  /** Reads the stored text; an empty text is no span. */
  public static WatchedSpans parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    WatchedSpans parsed = NONE;
    for (String part : text.split(",")) {
      int dash = part.indexOf('-');
      parsed =
          parsed.with(
              new Span(
                  Double.parseDouble(part.substring(0, dash)),
                  Double.parseDouble(part.substring(dash + 1))));
    }
    return parsed;
  }

  public List<Span> spans() {
    return spans;
  }

  /** These spans and {@code span}, merged. */
  public WatchedSpans with(Span span) {
    List<Span> merged = new ArrayList<>(spans.size() + 1);
    double from = span.from();
    double to = span.to();
    boolean placed = false;
    for (Span s : spans) {
      if (s.to() + JOIN_SECONDS < from) {
        merged.add(s);
      } else if (to + JOIN_SECONDS < s.from()) {
        if (!placed) {
          merged.add(new Span(from, to));
          placed = true;
        }
        merged.add(s);
      } else {
        from = Math.min(from, s.from());
        to = Math.max(to, s.to());
      }
    }
    if (!placed) {
      merged.add(new Span(from, to));
      merged.sort((a, b) -> Double.compare(a.from(), b.from()));
    }
    while (merged.size() > MAX_SPANS) {
      joinClosest(merged);
    }
    return new WatchedSpans(merged);
  }

  /** These spans and {@code other}'s, merged: what several sessions covered together. */
  public WatchedSpans with(WatchedSpans other) {
    WatchedSpans all = this;
    for (Span span : other.spans) {
      all = all.with(span);
    }
    return all;
  }

  private static void joinClosest(List<Span> spans) {
    int closest = 0;
    for (int i = 1; i < spans.size() - 1; i++) {
      double gap = spans.get(i + 1).from() - spans.get(i).to();
      if (gap < spans.get(closest + 1).from() - spans.get(closest).to()) {
        closest = i;
      }
    }
    Span joined = new Span(spans.get(closest).from(), spans.get(closest + 1).to());
    spans.set(closest, joined);
    spans.remove(closest + 1);
  }

  /** The seconds the spans cover. */
  public double coveredSeconds() {
    return spans.stream().mapToDouble(Span::length).sum();
  }

  /** The share of a video of {@code durationSeconds} covered, in percent (0–100, one decimal). */
  public double completionPercent(double durationSeconds) {
    if (durationSeconds <= 0) {
      return 0;
    }
    double share = Math.min(1, coveredSeconds() / durationSeconds);
    return Math.round(share * 1000) / 10.0;
  }

  /** The stored text. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Span span : spans) {
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(number(span.from())).append('-').append(number(span.to()));
    }
    return text.toString();
  }

  private static String number(double seconds) {
    String text = String.format(Locale.ROOT, "%.2f", seconds);
    return text.replaceAll("\\.?0+$", "");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WatchedSpans that && spans.equals(that.spans);
  }

  @Override
  public int hashCode() {
    return spans.hashCode();
  }

  @Override
  public String toString() {
    return text();
  }
}
