package kr.academy.ai.ocr.opencv;

/**
 * The skew of a page's text lines by their projection profile: the ink is projected across the
 * lines at each candidate angle, and at the right one the lines fall into a few rows with blank
 * rows between them, which the sum of squared row counts rewards. A coarse search in half degrees
 * over ±{@code maxDegrees}, then a fine one in twentieths around the best. Ink outside lines
 * (noise, a photo's edge) flattens the profile but does not move its peak.
 */
final class SkewEstimate {

  static final double COARSE_STEP = 0.5;
  static final double FINE_STEP = 0.05;

  /** Fewer ink pixels than this (at the reduced scale): too little text to tell. */
  static final int MIN_INK = 500;

  /** At most this many ink pixels are projected: more are sampled evenly. */
  static final int MAX_INK = 150_000;

  private SkewEstimate() {}

  /**
   * The angle, counter-clockwise positive in degrees, by which the text lines of {@code ink} (one
   * byte per pixel, non-zero for ink, {@code width} a row) are turned; 0 when there is too little
   * ink to tell.
   */
  static double degrees(byte[] ink, int width, int height, double maxDegrees) {
    int count = 0;
    for (byte b : ink) {
      if (b != 0) {
        count++;
      }
    }
    if (count < MIN_INK) {
      return 0;
    }
    int stride = Math.max(1, (count + MAX_INK - 1) / MAX_INK);
    int[] xs = new int[count / stride + 1];
    int[] ys = new int[xs.length];
    int n = 0;
    int seen = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (ink[y * width + x] != 0 && seen++ % stride == 0 && n < xs.length) {
          xs[n] = x;
          ys[n] = y;
          n++;
        }
      }
    }
    int rows = (int) Math.ceil(Math.hypot(width, height)) * 2 + 2;
    long[] profile = new long[rows];
    double best = 0;
    double bestScore = -1;
    for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += COARSE_STEP) {
      double score = score(xs, ys, n, a, profile);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    double coarse = best;
    for (double a = coarse - COARSE_STEP; a <= coarse + COARSE_STEP + 1e-9; a += FINE_STEP) {
      double score = score(xs, ys, n, a, profile);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return Math.round(best / FINE_STEP) * FINE_STEP;
  }

  /**
   * The sum of squared row counts of the ink turned back by {@code degrees}: a line turned
   * counter-clockwise on the page (y pointing down) rises by sin(a) per unit it runs, so x·sin(a) +
   * y·cos(a) is constant along it.
   */
  private static double score(int[] xs, int[] ys, int n, double degrees, long[] profile) {
    java.util.Arrays.fill(profile, 0);
    double sin = Math.sin(Math.toRadians(degrees));
    double cos = Math.cos(Math.toRadians(degrees));
    int offset = profile.length / 2;
    for (int i = 0; i < n; i++) {
      profile[offset + (int) Math.floor(xs[i] * sin + ys[i] * cos)]++;
    }
    double sum = 0;
    for (long c : profile) {
      sum += (double) c * c;
    }
    return sum;
  }
}
