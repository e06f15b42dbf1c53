package kr.academy.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A lecture written down for tests: which slide is shown from when (and with how many of its
 * bullets), how it comes in (a cut or a crossfade), and the nuisances of a real recording (a
 * presenter's webcam, encoder noise, flicker after keyframes). It paints any moment at any size,
 * for the in-memory {@link ScriptedLectureFrames} and for real video files ({@link
 * LectureVideoFile}), and says which pages page detection should find.
 */
public final class LectureScript {

  /** Where the presenter is. */
  public enum Presenter {
    NONE,
    /** A webcam picture in the lower right corner, its content always moving, the box drifting. */
    CORNER,
    /** A box travelling to and fro along the bottom of the screen. */
    WANDERING
  }

  /**
   * From {@code at}, {@code slide} with its first {@code bullets} bullets, faded in over {@code
   * fadeSeconds}.
   */
  public record Shown(double at, int slide, int bullets, double fadeSeconds) {}

  /** A page page detection should find: the slide, its first start, and its fullest state. */
  public record ExpectedPage(int slide, double start, int fullestBullets) {}

  /** The slide number of a blank screen (the background alone): no page. */
  public static final int BLANK = 0;

  private static final int NOISE_TABLE = 1 << 20;

  private final double duration;
  private final List<Shown> timeline;
  private final Presenter presenter;
  private final double noise;
  private final double flickerEverySeconds;
  private final Map<String, byte[]> painted = new HashMap<>();
  private final float[] noiseTable = new float[NOISE_TABLE];

  private LectureScript(Builder builder) {
    this.duration = builder.duration;
    this.timeline = List.copyOf(builder.timeline);
    this.presenter = builder.presenter;
    this.noise = builder.noise;
    this.flickerEverySeconds = builder.flickerEverySeconds;
    Random random = new Random(7);
    for (int i = 0; i < NOISE_TABLE; i++) {
      noiseTable[i] = (float) random.nextGaussian();
    }
  }

  public static Builder lasting(double seconds) {
    return new Builder(seconds);
  }

  public double duration() {
    return duration;
  }

  public List<Shown> timeline() {
    return timeline;
  }

  /**
   * The pages to find: each slide once (blank screens none), in order of first appearance, with its
   * fullest state.
   */
  public List<ExpectedPage> pages() {
    Map<Integer, double[]> first = new LinkedHashMap<>();
    Map<Integer, Integer> fullest = new HashMap<>();
    for (Shown shown : timeline) {
      if (shown.slide() == BLANK) {
        continue;
      }
      first.putIfAbsent(shown.slide(), new double[] {shown.at()});
      fullest.merge(shown.slide(), shown.bullets(), Math::max);
    }
    List<ExpectedPage> pages = new ArrayList<>();
    first.forEach(
        (slide, start) -> pages.add(new ExpectedPage(slide, start[0], fullest.get(slide))));
    return pages;
  }

  /** What is on screen at {@code seconds}; null inside a crossfade (neither slide, a blend). */
  public Shown shownAt(double seconds) {
    Shown current = current(seconds);
    return current.fadeSeconds() > 0 && seconds < current.at() + current.fadeSeconds()
        ? null
        : current;
  }

  /** Paints the moment {@code seconds} into {@code levels} ({@code width * height}, row by row). */
  public void paint(double seconds, int width, int height, byte[] levels) {
    int index = index(seconds);
    Shown current = timeline.get(index);
    byte[] slide = slide(current, width, height);
    double fade =
        current.fadeSeconds() > 0 && index > 0
            ? Math.min(1, (seconds - current.at()) / current.fadeSeconds())
            : 1;
    byte[] before = fade < 1 ? slide(timeline.get(index - 1), width, height) : slide;
    int flicker = flickered(seconds) ? 6 : 0;
    int noiseAt = (int) ((seconds * 7919 * 1009) % NOISE_TABLE);
    for (int i = 0; i < levels.length; i++) {
      double level = fade * (slide[i] & 0xff) + (1 - fade) * (before[i] & 0xff) + flicker;
      if (noise > 0) {
        level += noise * noiseTable[(noiseAt + i) % NOISE_TABLE];
      }
      levels[i] = (byte) Math.max(0, Math.min(255, (int) Math.round(level)));
    }
    paintPresenter(seconds, width, height, levels);
  }

  private boolean flickered(double seconds) {
    if (flickerEverySeconds <= 0) {
      return false;
    }
    double sinceKeyframe = seconds % flickerEverySeconds;
    return sinceKeyframe < 0.15;
  }

  private void paintPresenter(double seconds, int width, int height, byte[] levels) {
    if (presenter == Presenter.NONE) {
      return;
    }
    double left;
    double top;
    double boxWidth;
    if (presenter == Presenter.CORNER) {
      boxWidth = 0.22;
      left = 0.75 + 0.015 * Math.sin(seconds / 3.0);
      top = 0.66 + 0.015 * Math.cos(seconds / 4.0);
    } else {
      boxWidth = 0.2;
      double phase = (seconds / 40.0) % 2;
      left = 0.04 + 0.72 * (phase < 1 ? phase : 2 - phase);
      top = 0.7;
    }
    double headU = 0.5 + 0.25 * Math.sin(seconds * 1.3);
    double headV = 0.45 + 0.15 * Math.cos(seconds * 0.9);
    for (int y = (int) (top * height); y < Math.min(height, (int) ((top + 0.3) * height)); y++) {
      for (int x = (int) (left * width);
          x < Math.min(width, (int) ((left + boxWidth) * width));
          x++) {
        double u = (x / (double) width - left) / boxWidth;
        double v = (y / (double) height - top) / 0.3;
        double du = u - headU;
        double dv = v - headV;
        boolean head = du * du + dv * dv < 0.06;
        int room = 80 + (int) (40 * Math.sin(seconds * 2 + u * 6));
        levels[y * width + x] = (byte) (head ? 200 : room);
      }
    }
  }

  private byte[] slide(Shown shown, int width, int height) {
    return painted.computeIfAbsent(
        shown.slide() + "/" + shown.bullets() + "/" + width + "x" + height,
        key -> SlidePainter.paint(shown.slide(), shown.bullets(), width, height));
  }

  private Shown current(double seconds) {
    return timeline.get(index(seconds));
  }

  private int index(double seconds) {
    int found = 0;
    for (int i = 0; i < timeline.size(); i++) {
      if (timeline.get(i).at() <= seconds) {
        found = i;
      }
    }
    return found;
  }

  /** Writes a lecture down, moment by moment. */
  public static final class Builder {
    private final double duration;
    private final List<Shown> timeline = new ArrayList<>();
    private Presenter presenter = Presenter.NONE;
    private double noise;
    private double flickerEverySeconds;

    private Builder(double duration) {
      this.duration = duration;
    }

    /** From {@code at}, the whole slide (every bullet), cut in. */
    public Builder show(double at, int slide) {
      return show(at, slide, SlidePainter.MAX_BULLETS);
    }

    /** From {@code at}, the slide with its first {@code bullets} bullets, cut in. */
    public Builder show(double at, int slide, int bullets) {
      timeline.add(new Shown(at, slide, bullets, 0));
      return this;
    }

    /** From {@code at}, the whole slide, crossfading in over {@code seconds}. */
    public Builder fade(double at, double seconds, int slide) {
      timeline.add(new Shown(at, slide, SlidePainter.MAX_BULLETS, seconds));
      return this;
    }

    public Builder presenter(Presenter where) {
      this.presenter = where;
      return this;
    }

    /** Gaussian noise of this many levels on every pixel of every frame. */
    public Builder noise(double levels) {
      this.noise = levels;
      return this;
    }

    /** Every frame in the first 0.15 s after each multiple of {@code seconds} is brighter. */
    public Builder flicker(double seconds) {
      this.flickerEverySeconds = seconds;
      return this;
    }

    public LectureScript build() {
      timeline.sort(Comparator.comparingDouble(Shown::at));
      if (timeline.isEmpty() || timeline.get(0).at() > 0) {
        throw new IllegalStateException("a lecture shows something from its first moment");
      }
      return new LectureScript(this);
    }
  }
}
