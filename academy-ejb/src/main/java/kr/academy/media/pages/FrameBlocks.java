package kr.academy.media.pages;

import java.util.BitSet;

/**
 * A small frame cut into a grid of blocks (16x9: 10x10 pixels at 160x90, 80x80 at 720p), with what
 * page detection asks of each block: its mean and variance, and how much ink it holds. Ink is any
 * pixel far from the frame's background level (text, drawings, pictures); a slide's fullness is its
 * ink, and a bullet added to a slide is ink added where there was background.
 */
final class FrameBlocks {

  static final int COLUMNS = 16;
  static final int ROWS = 9;
  static final int COUNT = COLUMNS * ROWS;

  /**
   * A pixel this far from the background level is ink. Encoder noise and the brightness flicker
   * after keyframes stay well below it at this size; anti-aliased text stays above it.
   */
  static final int INK_CONTRAST = 28;

  private final GrayFrame frame;
  private final int blockWidth;
  private final int blockHeight;
  private final double[] mean = new double[COUNT];
  private final double[] variance = new double[COUNT];
  private final int[] ink = new int[COUNT];
  private final int background;

  FrameBlocks(GrayFrame frame) {
    this.frame = frame;
    this.blockWidth = frame.width() / COLUMNS;
    this.blockHeight = frame.height() / ROWS;
    this.background = backgroundLevel(frame);
    double[] sum = new double[COUNT];
    double[] squares = new double[COUNT];
    forEachPixel(
        (block, index) -> {
          int level = frame.level(index);
          sum[block] += level;
          squares[block] += (double) level * level;
          if (Math.abs(level - background) > INK_CONTRAST) {
            ink[block]++;
          }
        });
    double pixels = pixelsPerBlock();
    for (int block = 0; block < COUNT; block++) {
      mean[block] = sum[block] / pixels;
      variance[block] = Math.max(0, squares[block] / pixels - mean[block] * mean[block]);
    }
  }

  GrayFrame frame() {
    return frame;
  }

  double seconds() {
    return frame.seconds();
  }

  double mean(int block) {
    return mean[block];
  }

  double variance(int block) {
    return variance[block];
  }

  int pixelsPerBlock() {
    return blockWidth * blockHeight;
  }

  /** The level of a pixel relative to the background: ink is far from 0, background near it. */
  int relativeLevel(int index) {
    return frame.level(index) - background;
  }

  /** Ink pixels outside {@code masked}: how full the slide is. */
  int ink(BitSet masked) {
    int total = 0;
    for (int block = 0; block < COUNT; block++) {
      if (!masked.get(block)) {
        total += ink[block];
      }
    }
    return total;
  }

  /** Pixels outside {@code masked}. */
  int pixels(BitSet masked) {
    return (COUNT - masked.cardinality()) * pixelsPerBlock();
  }

  /** Calls {@code visit} with the block and the index of each pixel inside the grid. */
  void forEachPixel(PixelVisit visit) {
    int width = frame.width();
    for (int y = 0; y < blockHeight * ROWS; y++) {
      int rowBlock = (y / blockHeight) * COLUMNS;
      int row = y * width;
      for (int x = 0; x < blockWidth * COLUMNS; x++) {
        visit.pixel(rowBlock + x / blockWidth, row + x);
      }
    }
  }

  @FunctionalInterface
  interface PixelVisit {
    void pixel(int block, int index);
  }

  /** The most common level, smoothed over neighbouring levels so that noise does not split it. */
  private static int backgroundLevel(GrayFrame frame) {
    int[] histogram = new int[256];
    int pixels = frame.width() * frame.height();
    for (int index = 0; index < pixels; index++) {
      histogram[frame.level(index)]++;
    }
    int best = 0;
    int bestCount = -1;
    for (int level = 0; level < 256; level++) {
      int count = 0;
      for (int near = Math.max(0, level - 3); near <= Math.min(255, level + 3); near++) {
        count += histogram[near];
      }
      if (count > bestCount) {
        best = level;
        bestCount = count;
      }
    }
    return best;
  }
}
