package kr.academy.ai.status;

import java.util.Arrays;
import kr.academy.pages.PageImage;

/**
 * Evens out the paper: a scan's gray background, a phone photo's shadow or a scanner's uneven lamp
 * all become white, and ink keeps its contrast against the paper around it. The paper's brightness
 * is estimated on a grid of blocks (a bright percentile of each, so the ink in it does not count),
 * widened to the neighbouring blocks (a block filled with ink takes its neighbours' paper) and
 * smoothed; each pixel is then divided by the paper under it.
 */
final class Paper {

  /** Blocks across the page's shorter side: small enough to follow a shadow's edge. */
  private static final int BLOCKS = 40;

  private static final int MIN_BLOCK = 8;

  /** The share of a block's pixels darker than its paper value: the ink it may hold. */
  private static final double INK_SHARE = 0.1;

  private Paper() {}

  /** {@code page} with its paper at 255. */
  static PageImage flatten(PageImage page) {
    int width = page.width();
    int height = page.height();
    int block = Math.max(MIN_BLOCK, Math.min(width, height) / BLOCKS);
    int columns = (width + block - 1) / block;
    int rows = (height + block - 1) / block;
    float[] brightest = around(brightness(page, block, columns, rows), columns, rows, false);
    float[] paper = around(brightest, columns, rows, true);
    byte[] flat = new byte[width * height];
    for (int y = 0; y < height; y++) {
      float gy = clamp((y + 0.5f) / block - 0.5f, rows - 1);
      int y0 = (int) gy;
      int y1 = Math.min(y0 + 1, rows - 1);
      float fy = gy - y0;
      for (int x = 0; x < width; x++) {
        float gx = clamp((x + 0.5f) / block - 0.5f, columns - 1);
        int x0 = (int) gx;
        int x1 = Math.min(x0 + 1, columns - 1);
        float fx = gx - x0;
        float top = paper[y0 * columns + x0] * (1 - fx) + paper[y0 * columns + x1] * fx;
        float bottom = paper[y1 * columns + x0] * (1 - fx) + paper[y1 * columns + x1] * fx;
        float background = top * (1 - fy) + bottom * fy;
        int value = Math.round(page.at(x, y) * 255f / background);
        flat[y * width + x] = (byte) Math.min(255, value);
      }
    }
    return new PageImage(width, height, page.dpi(), flat);
  }

  private static float clamp(float value, int max) {
    return Math.max(0, Math.min(max, value));
  }

  /** The bright percentile of each block's pixels. */
  private static float[] brightness(PageImage page, int block, int columns, int rows) {
    float[] paper = new float[columns * rows];
    int[] histogram = new int[256];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        Arrays.fill(histogram, 0);
        int x1 = Math.min(page.width(), (column + 1) * block);
        int y1 = Math.min(page.height(), (row + 1) * block);
        int count = 0;
        for (int y = row * block; y < y1; y++) {
          for (int x = column * block; x < x1; x++) {
            histogram[page.at(x, y)]++;
            count++;
          }
        }
        int darker = (int) ((1 - INK_SHARE) * count);
        int value = 0;
        for (int seen = 0; value < 255 && seen + histogram[value] <= darker; value++) {
          seen += histogram[value];
        }
        paper[row * columns + column] = Math.max(1, value);
      }
    }
    return paper;
  }

  /** Each block's neighbourhood (itself and the eight around it): its brightest or its mean. */
  private static float[] around(float[] grid, int columns, int rows, boolean mean) {
    float[] result = new float[grid.length];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        float max = 0;
        float sum = 0;
        int count = 0;
        for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
          for (int c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
            max = Math.max(max, grid[r * columns + c]);
            sum += grid[r * columns + c];
            count++;
          }
        }
        result[row * columns + column] = mean ? sum / count : max;
      }
    }
    return result;
  }
}
