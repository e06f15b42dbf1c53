package kr.academy.ai.ocr.opencv;

import kr.academy.ai.ocr.Box;

/**
 * A page made ready to read ({@link PageCleanup}): its pixels, the resolution the recogniser is
 * told, the skew that was turned back, and the way back from its pixels to those of the page as
 * given.
 *
 * @param dpi the cleaned page's resolution (the given page's times the scale), 0 when unknown
 * @param skewDegrees the text's skew on the given page, counter-clockwise positive, now undone
 * @param scale cleaned-page pixels per given-page pixel
 */
public record PreparedPage(
    GrayPixels image,
    int dpi,
    double skewDegrees,
    double scale,
    double[] toGiven,
    int givenWidth,
    int givenHeight)
    implements AutoCloseable {

  /**
   * The upright box on the given page around the rectangle {@code (left, top)–(right, bottom)} of
   * the cleaned page (a turned rectangle's bounding box), kept within the given page.
   */
  public Box toGiven(int left, int top, int right, int bottom) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int corner = 0; corner < 4; corner++) {
      double x = corner % 2 == 0 ? left : right;
      double y = corner < 2 ? top : bottom;
      double gx = toGiven[0] * x + toGiven[1] * y + toGiven[2];
      double gy = toGiven[3] * x + toGiven[4] * y + toGiven[5];
      minX = Math.min(minX, gx);
      minY = Math.min(minY, gy);
      maxX = Math.max(maxX, gx);
      maxY = Math.max(maxY, gy);
    }
    int x0 = clamp((int) Math.floor(minX), givenWidth);
    int y0 = clamp((int) Math.floor(minY), givenHeight);
    int x1 = clamp((int) Math.ceil(maxX), givenWidth);
    int y1 = clamp((int) Math.ceil(maxY), givenHeight);
    return new Box(x0, y0, x1 - x0, y1 - y0);
  }

  private static int clamp(int value, int size) {
    return Math.max(0, Math.min(size, value));
  }

  @Override
  public void close() {
    image.close();
  }
}
