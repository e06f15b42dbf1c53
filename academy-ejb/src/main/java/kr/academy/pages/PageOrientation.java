package kr.academy.pages;

/**
 * How a stored image must be turned to stand upright: the eight values of the Exif/TIFF Orientation
 * tag (274), which phones write instead of rotating the pixels they store.
 */
public enum PageOrientation {
  UPRIGHT,
  MIRRORED,
  UPSIDE_DOWN,
  UPSIDE_DOWN_MIRRORED,
  TRANSPOSED,
  TURNED_RIGHT,
  TRANSVERSE,
  TURNED_LEFT;

  /** The orientation a tag value names; values outside 1–8 (a broken tag) mean upright. */
  public static PageOrientation of(int tag) {
    return tag >= 1 && tag <= 8 ? values()[tag - 1] : UPRIGHT;
  }

  /** {@code stored}, turned upright. */
  public PageImage apply(PageImage stored) {
    if (this == UPRIGHT) {
      return stored;
    }
    int w = stored.width();
    int h = stored.height();
    boolean swaps = ordinal() >= TRANSPOSED.ordinal();
    int outWidth = swaps ? h : w;
    int outHeight = swaps ? w : h;
    byte[] source = stored.gray();
    byte[] upright = new byte[source.length];
    for (int y = 0; y < outHeight; y++) {
      for (int x = 0; x < outWidth; x++) {
        upright[y * outWidth + x] = source[sourceIndex(x, y, w, h)];
      }
    }
    return new PageImage(outWidth, outHeight, stored.dpi(), upright);
  }

  /** Where the upright pixel (x, y) lies in a stored image of {@code w × h}. */
  private int sourceIndex(int x, int y, int w, int h) {
    return switch (this) {
      case UPRIGHT -> y * w + x;
      case MIRRORED -> y * w + (w - 1 - x);
      case UPSIDE_DOWN -> (h - 1 - y) * w + (w - 1 - x);
      case UPSIDE_DOWN_MIRRORED -> (h - 1 - y) * w + x;
      case TRANSPOSED -> x * w + y;
      // stored lying on its side, the page's top at the stored left edge: turned a quarter right
      case TURNED_RIGHT -> (h - 1 - x) * w + y;
      case TRANSVERSE -> (h - 1 - x) * w + (w - 1 - y);
      case TURNED_LEFT -> x * w + (w - 1 - y);
    };
  }
}
