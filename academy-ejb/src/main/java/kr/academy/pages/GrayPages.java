package kr.academy.pages;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns a decoded picture of any kind (gray, 16-bit, palette, RGB, with or without transparency)
 * into a {@link PageImage}: luma by ITU-R BT.601 (0.299 R + 0.587 G + 0.114 B), and what is
 * transparent laid on white paper, as it would print.
 */
public final class GrayPages {

  private GrayPages() {}

  /** {@code picture} as a gray page of {@code dpi} (0 when unknown). */
  public static PageImage of(BufferedImage picture, int dpi) {
    int width = picture.getWidth();
    int height = picture.getHeight();
    byte[] gray = new byte[Math.multiplyExact(width, height)];
    ColorModel model = picture.getColorModel();
    int space = model.getColorSpace().getType();
    if (model instanceof ComponentColorModel && space == ColorSpace.TYPE_GRAY) {
      copyGray(picture.getRaster(), model, gray);
    } else if (model instanceof ComponentColorModel && space == ColorSpace.TYPE_RGB) {
      copyRgb(picture.getRaster(), model, gray);
    } else if (model instanceof IndexColorModel || model instanceof DirectColorModel) {
      copyPacked(picture, gray);
    } else {
      // CMYK and other spaces: one bulk conversion, not one colour-management call per pixel
      BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      new ColorConvertOp(null).filter(picture, rgb);
      copyPacked(rgb, gray);
    }
    return new PageImage(width, height, dpi, gray);
  }

  /** ITU-R BT.601 luma of an sRGB colour, 0–255. */
  public static int luma(int red, int green, int blue) {
    return (299 * red + 587 * green + 114 * blue + 500) / 1000;
  }

  /** A gray value of opacity {@code alpha} (0–255) laid on white. */
  static int onWhite(int value, int alpha) {
    return (value * alpha + 255 * (255 - alpha) + 127) / 255;
  }

  /** Palette and packed RGB pictures (always sRGB) through their colour model. */
  private static void copyPacked(BufferedImage picture, byte[] gray) {
    int width = picture.getWidth();
    int[] row = new int[width];
    for (int y = 0; y < picture.getHeight(); y++) {
      picture.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int argb = row[x];
        int value = luma((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
        gray[y * width + x] = (byte) onWhite(value, (argb >>> 24) & 0xff);
      }
    }
  }

  /**
   * RGB samples (8 or 16 bits) are read as sRGB whatever profile the picture carries: a phone's
   * wide-gamut profile moves the luma of paper and ink by a few levels, and converting through it
   * would cost a colour-management call per pixel.
   */
  private static void copyRgb(Raster raster, ColorModel model, byte[] gray) {
    int width = raster.getWidth();
    int[][] bands = new int[raster.getNumBands()][width];
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int band = 0; band < bands.length; band++) {
        raster.getSamples(0, y, width, 1, band, bands[band]);
      }
      for (int x = 0; x < width; x++) {
        int value =
            luma(
                eightBits(bands[0][x], model, 0),
                eightBits(bands[1][x], model, 1),
                eightBits(bands[2][x], model, 2));
        if (model.hasAlpha()) {
          value = onWhite(value, eightBits(bands[3][x], model, 3));
        }
        gray[y * width + x] = (byte) value;
      }
    }
  }

  /**
   * Gray samples are copied, scaled to 8 bits, rather than taken through {@code getRGB}: Java 2D
   * treats a gray image's samples as linear light and would lighten every mid-tone on the way to
   * sRGB, while scanners and PNG writers store them as they look.
   */
  private static void copyGray(Raster raster, ColorModel model, byte[] gray) {
    int width = raster.getWidth();
    int[] values = new int[width];
    int[] alphas = new int[width];
    for (int y = 0; y < raster.getHeight(); y++) {
      raster.getSamples(0, y, width, 1, 0, values);
      if (model.hasAlpha()) {
        raster.getSamples(0, y, width, 1, 1, alphas);
      }
      for (int x = 0; x < width; x++) {
        int value = eightBits(values[x], model, 0);
        if (model.hasAlpha()) {
          value = onWhite(value, eightBits(alphas[x], model, 1));
        }
        gray[y * width + x] = (byte) value;
      }
    }
  }

  private static int eightBits(int sample, ColorModel model, int component) {
    int bits = model.getComponentSize(component);
    return bits == 8 ? sample : bits > 8 ? sample >> (bits - 8) : sample * 255 / ((1 << bits) - 1);
  }
}
