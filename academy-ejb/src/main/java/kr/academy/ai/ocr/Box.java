package kr.academy.ai.ocr;

/** An upright rectangle in a page's pixels, (0, 0) at the top left. */
public record Box(int x, int y, int width, int height) {

  public Box {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("a box of " + width + " × " + height);
    }
  }

  public int right() {
    return x + width;
  }

  public int bottom() {
    return y + height;
  }
}
