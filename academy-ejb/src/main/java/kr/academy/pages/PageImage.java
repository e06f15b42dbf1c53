package kr.academy.pages;

/**
 * One page to read, as every AI engine takes it: 8-bit gray, row after row, {@code width × height}
 * bytes (0 black, 255 white). Gray because nothing the engines read needs colour, and a third of
 * the memory of RGB on an A4 page at 300 dpi (8.7 MB instead of 26). {@code dpi} is the scan's
 * resolution when known (a PDF page rendered at a chosen resolution, an image that says so), else
 * 0.
 */
public record PageImage(int width, int height, int dpi, byte[] gray) {

  public PageImage {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a page has no pixels: " + width + " × " + height);
    }
    if (gray.length != (long) width * height) {
      throw new IllegalArgumentException(
          "a " + width + " × " + height + " page needs " + (long) width * height + " bytes");
    }
  }

  /** The gray value at (x, y), 0–255. */
  public int at(int x, int y) {
    return gray[y * width + x] & 0xff;
  }
}
