package kr.academy.testing;

/**
 * Paints the slides of a {@link LectureScript} in grey at any size: one template (a light
 * background, a dark title bar with light lettering, up to {@link #MAX_BULLETS} bullet lines of
 * dark "text", and on every third slide a figure), the lettering of each slide its own. Text is a
 * run of glyph-like marks, so that a slide at 160x90 looks, to page detection, as a real one does
 * after scaling: ink on a background, different on every slide.
 */
final class SlidePainter {

  static final int MAX_BULLETS = 5;
  static final int BACKGROUND = 235;
  private static final int BAR = 60;
  private static final int TITLE_INK = 220;
  private static final int TEXT_INK = 40;
  private static final double GLYPH = 0.018;

  private SlidePainter() {}

  /** The slide numbered {@code slide} with its first {@code bullets} bullets, as levels. */
  static byte[] paint(int slide, int bullets, int width, int height) {
    byte[] levels = new byte[width * height];
    for (int y = 0; y < height; y++) {
      double v = (y + 0.5) / height;
      for (int x = 0; x < width; x++) {
        double u = (x + 0.5) / width;
        levels[y * width + x] = (byte) level(slide, bullets, u, v);
      }
    }
    return levels;
  }

  private static int level(int slide, int bullets, double u, double v) {
    if (slide == LectureScript.BLANK) {
      return BACKGROUND;
    }
    if (v >= 0.05 && v < 0.17) {
      boolean lettering = v >= 0.08 && v < 0.14 && u >= 0.06 && u < 0.06 + titleLength(slide);
      return lettering && glyph(slide, -1, u - 0.06, (v - 0.08) / 0.06) ? TITLE_INK : BAR;
    }
    if (figure(slide) && u >= 0.6 && u < 0.92 && v >= 0.28 && v < 0.7) {
      // A shaded figure: ink, and different on each figure slide.
      return 70 + (int) (100 * Math.abs(Math.sin(slide * 1.7 + u * 9 + v * 5)));
    }
    for (int line = 0; line < Math.min(bullets, MAX_BULLETS); line++) {
      double top = 0.24 + line * 0.105;
      if (v >= top && v < top + 0.06) {
        double start = 0.08;
        if (u >= start && u < start + 0.02) {
          return TEXT_INK; // the bullet's mark
        }
        double left = start + 0.04;
        if (u >= left && u < left + lineLength(slide, line)) {
          return glyph(slide, line, u - left, (v - top) / 0.06) ? TEXT_INK : BACKGROUND;
        }
      }
    }
    return BACKGROUND;
  }

  static boolean figure(int slide) {
    return slide % 3 == 0;
  }

  private static double titleLength(int slide) {
    return 0.3 + 0.5 * unit(slide, 97, 0);
  }

  private static double lineLength(int slide, int line) {
    double widest = figure(slide) ? 0.42 : 0.78;
    return 0.25 + (widest - 0.25) * unit(slide, line, 1);
  }

  /** Whether a glyph of the slide's text covers this point (h: position along the line). */
  private static boolean glyph(int slide, int line, double h, double within) {
    int cell = (int) (h / GLYPH);
    double across = h / GLYPH - cell;
    if (unit(slide, line, 1000 + cell) < 0.17) {
      return false; // a space between words
    }
    boolean tall = unit(slide, line, 5000 + cell) < 0.4;
    return across < 0.7 && within < 0.9 && (tall || within > 0.35);
  }

  /** A repeatable number in [0, 1) for the slide, line and salt. */
  private static double unit(int slide, int line, int salt) {
    long h = slide * 0x9E3779B97F4A7C15L + line * 0xC2B2AE3D27D4EB4FL + salt * 0x165667B19E3779F9L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return (h >>> 11) / (double) (1L << 53);
  }
}
