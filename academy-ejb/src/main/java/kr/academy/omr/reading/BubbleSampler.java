package kr.academy.omr.reading;

import java.util.ArrayList;
import java.util.List;
import kr.academy.ai.pages.PageImage;
import kr.academy.omr.Bubble;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateField;

/**
 * Measures every bubble of a template on a sheet already straightened onto the template's page,
 * with summed-area tables so that each bubble costs four look-ups whatever its size.
 */
public final class BubbleSampler {

  /**
   * The share of a bubble's width and height left out on each side when its mark is measured: the
   * printed outline lies there, and a sheet aligned a few pixels off keeps the outline out.
   */
  static final double INSET = 0.2;

  private BubbleSampler() {}

  /** The samples of every field's bubbles, in the layout's order. */
  public static List<List<BubbleSample>> sample(PageImage page, OmrLayout layout) {
    if (page.width() != layout.pageWidth() || page.height() != layout.pageHeight()) {
      throw new IllegalArgumentException(
          "the sheet is "
              + page.width()
              + " × "
              + page.height()
              + ", the template's page "
              + layout.pageWidth()
              + " × "
              + layout.pageHeight());
    }
    SummedArea sums = new SummedArea(page);
    List<List<BubbleSample>> samples = new ArrayList<>(layout.fields().size());
    for (TemplateField field : layout.fields()) {
      List<BubbleSample> bubbles = new ArrayList<>(field.bubbles().size());
      for (Bubble bubble : field.bubbles()) {
        bubbles.add(sums.sample(bubble));
      }
      samples.add(bubbles);
    }
    return samples;
  }

  /** Sums of gray and of its square over every rectangle from the page's top-left corner. */
  private static final class SummedArea {
    private final int width;
    private final int height;
    private final long[] sum;
    private final long[] squares;

    SummedArea(PageImage page) {
      width = page.width();
      height = page.height();
      int stride = width + 1;
      sum = new long[stride * (height + 1)];
      squares = new long[stride * (height + 1)];
      byte[] gray = page.gray();
      for (int y = 0; y < height; y++) {
        long row = 0;
        long rowSquares = 0;
        for (int x = 0; x < width; x++) {
          int value = gray[y * width + x] & 0xff;
          row += value;
          rowSquares += (long) value * value;
          int at = (y + 1) * stride + x + 1;
          sum[at] = sum[at - stride] + row;
          squares[at] = squares[at - stride] + rowSquares;
        }
      }
    }

    BubbleSample sample(Bubble bubble) {
      int[] inner =
          box(
              bubble.x() + bubble.width() * INSET,
              bubble.y() + bubble.height() * INSET,
              bubble.width() * (1 - 2 * INSET),
              bubble.height() * (1 - 2 * INSET));
      int[] whole = box(bubble.x(), bubble.y(), bubble.width(), bubble.height());
      double mean = total(sum, inner) / (double) area(inner);
      double wholeMean = total(sum, whole) / (double) area(whole);
      double variance = total(squares, whole) / (double) area(whole) - wholeMean * wholeMean;
      return new BubbleSample(mean, Math.sqrt(Math.max(0, variance)));
    }

    /** x0, y0, x1, y1 (exclusive), clipped to the page, at least one pixel. */
    private int[] box(double x, double y, double w, double h) {
      int x0 = clamp((int) Math.round(x), 0, width - 1);
      int y0 = clamp((int) Math.round(y), 0, height - 1);
      int x1 = clamp((int) Math.round(x + w), x0 + 1, width);
      int y1 = clamp((int) Math.round(y + h), y0 + 1, height);
      return new int[] {x0, y0, x1, y1};
    }

    private long total(long[] table, int[] box) {
      int stride = width + 1;
      return table[box[3] * stride + box[2]]
          - table[box[1] * stride + box[2]]
          - table[box[3] * stride + box[0]]
          + table[box[1] * stride + box[0]];
    }

    private static long area(int[] box) {
      return (long) (box[2] - box[0]) * (box[3] - box[1]);
    }

    private static int clamp(int value, int low, int high) {
      return Math.max(low, Math.min(high, value));
    }
  }
}
