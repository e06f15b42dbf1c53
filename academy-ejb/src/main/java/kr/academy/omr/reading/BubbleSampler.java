package kr.academy.omr.reading;

import java.util.ArrayList;
import java.util.List;
import kr.academy.omr.Bubble;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateField;
import kr.academy.pages.PageImage;

/** Measures every bubble of a template on a sheet already straightened onto the template's page. */
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
    Pixels pixels = new Pixels(page);
    List<List<BubbleSample>> samples = new ArrayList<>(layout.fields().size());
    for (TemplateField field : layout.fields()) {
      List<BubbleSample> bubbles = new ArrayList<>(field.bubbles().size());
      for (Bubble bubble : field.bubbles()) {
        bubbles.add(pixels.sample(bubble));
      }
      samples.add(bubbles);
    }
    return samples;
  }

  /**
   * Sums over each bubble's own pixels: bubbles do not overlap, so a sheet costs at most one pass
   * over its page, and usually a tenth of one — less than a summed-area table of the whole page.
   */
  private static final class Pixels {
    private final int width;
    private final int height;
    private final byte[] gray;

    Pixels(PageImage page) {
      width = page.width();
      height = page.height();
      gray = page.gray();
    }

    BubbleSample sample(Bubble bubble) {
      int[] inner =
          box(
              bubble.x() + bubble.width() * INSET,
              bubble.y() + bubble.height() * INSET,
              bubble.width() * (1 - 2 * INSET),
              bubble.height() * (1 - 2 * INSET));
      int[] whole = box(bubble.x(), bubble.y(), bubble.width(), bubble.height());
      long innerSum = 0;
      long sum = 0;
      long squares = 0;
      for (int y = whole[1]; y < whole[3]; y++) {
        boolean innerRow = y >= inner[1] && y < inner[3];
        for (int x = whole[0]; x < whole[2]; x++) {
          int value = gray[y * width + x] & 0xff;
          sum += value;
          squares += value * value;
          if (innerRow && x >= inner[0] && x < inner[2]) {
            innerSum += value;
          }
        }
      }
      double area = area(whole);
      double wholeMean = sum / area;
      double variance = squares / area - wholeMean * wholeMean;
      return new BubbleSample(innerSum / (double) area(inner), Math.sqrt(Math.max(0, variance)));
    }

    /** x0, y0, x1, y1 (exclusive), clipped to the page, at least one pixel. */
    private int[] box(double x, double y, double w, double h) {
      int x0 = clamp((int) Math.round(x), 0, width - 1);
      int y0 = clamp((int) Math.round(y), 0, height - 1);
      int x1 = clamp((int) Math.round(x + w), x0 + 1, width);
      int y1 = clamp((int) Math.round(y + h), y0 + 1, height);
      return new int[] {x0, y0, x1, y1};
    }

    private static long area(int[] box) {
      return (long) (box[2] - box[0]) * (box[3] - box[1]);
    }

    private static int clamp(int value, int low, int high) {
      return Math.max(low, Math.min(high, value));
    }
  }
}
