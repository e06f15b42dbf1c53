package kr.academy.ai.status;

import kr.academy.pages.PageImage;

/**
 * Which pixels of a flattened page ({@link Paper}) are ink. A dark pixel with fewer than two dark
 * neighbours is scanner noise or dust, not a stroke: a pen line, however thin, has a neighbour on
 * either side along its way.
 */
final class InkMask {

  private static final int MIN_NEIGHBOURS = 2;

  final int width;
  final int height;
  private final boolean[] ink;

  private InkMask(int width, int height, boolean[] ink) {
    this.width = width;
    this.height = height;
    this.ink = ink;
  }

  /** The ink of {@code flat}: pixels darker than the paper (255) by {@code contrast}. */
  static InkMask of(PageImage flat, double contrast) {
    int width = flat.width();
    int height = flat.height();
    int level = (int) Math.round(255 * (1 - contrast));
    byte[] gray = flat.gray();
    boolean[] dark = new boolean[gray.length];
    for (int i = 0; i < gray.length; i++) {
      dark[i] = (gray[i] & 0xff) <= level;
    }
    boolean[] ink = new boolean[gray.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        ink[y * width + x] = dark[y * width + x] && neighbours(dark, width, height, x, y);
      }
    }
    return new InkMask(width, height, ink);
  }

  private static boolean neighbours(boolean[] dark, int width, int height, int x, int y) {
    int found = 0;
    for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
      for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
        if ((nx != x || ny != y) && dark[ny * width + nx] && ++found >= MIN_NEIGHBOURS) {
          return true;
        }
      }
    }
    return false;
  }

  /** This ink grown by {@code radius} pixels every way (a square), in two running passes. */
  InkMask grown(int radius) {
    boolean[] across = new boolean[ink.length];
    for (int y = 0; y < height; y++) {
      spread(ink, across, y * width, 1, width, radius);
    }
    boolean[] grown = new boolean[ink.length];
    for (int x = 0; x < width; x++) {
      spread(across, grown, x, width, height, radius);
    }
    return new InkMask(width, height, grown);
  }

  /** Marks in {@code to} every position within {@code radius} of one set in {@code from}. */
  private static void spread(
      boolean[] from, boolean[] to, int start, int step, int length, int radius) {
    int lastInk = Integer.MIN_VALUE / 2;
    for (int i = 0; i < length + radius; i++) {
      if (i < length && from[start + i * step]) {
        lastInk = i;
      }
      int target = i - radius;
      if (target >= 0 && i - lastInk <= 2 * radius) {
        to[start + target * step] = true;
      }
    }
  }

  /** The ink here that is not in {@code printed} (same size). */
  InkMask without(InkMask printed) {
    boolean[] rest = new boolean[ink.length];
    for (int i = 0; i < ink.length; i++) {
      rest[i] = ink[i] && !printed.ink[i];
    }
    return new InkMask(width, height, rest);
  }

  /** Ink pixels in row {@code y} between columns {@code x0} (inclusive) and {@code x1}. */
  int inRow(int y, int x0, int x1) {
    int count = 0;
    for (int i = y * width + x0; i < y * width + x1; i++) {
      if (ink[i]) {
        count++;
      }
    }
    return count;
  }
}
