package kr.academy.media.pages;

/**
 * One picture of a lecture, small and grey (the adapter scales it inside the decoder, e.g. to
 * 160x90), with its time: what page detection compares. Small frames keep every comparison cheap
 * and average encoder noise away; a slide's text still shows as ink at that size.
 */
public final class GrayFrame {

  private final double seconds;
  private final int width;
  private final int height;
  private final byte[] luma;

  /**
   * {@code luma} holds {@code width * height} unsigned levels, row by row; it is kept, not copied.
   */
  public GrayFrame(double seconds, int width, int height, byte[] luma) {
    if (width < FrameBlocks.COLUMNS || height < FrameBlocks.ROWS) {
      throw new IllegalArgumentException("a frame of " + width + "x" + height + " is too small");
    }
    if (luma.length != width * height) {
      throw new IllegalArgumentException(
          "a " + width + "x" + height + " frame needs " + width * height + " levels");
    }
    this.seconds = seconds;
    this.width = width;
    this.height = height;
    this.luma = luma;
  }

  public double seconds() {
    return seconds;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The level (0–255) of the pixel at {@code index = y * width + x}. */
  public int level(int index) {
    return luma[index] & 0xff;
  }
}
