package kr.academy.omr.reading.painting;

/**
 * How a printed sheet comes to the reader.
 *
 * @param degrees turned by this much (positive: clockwise)
 * @param shadow how much darker the darkest corner is than the lightest, 0–1
 * @param perspective how far each corner of the sheet moves, as a share of its width: a phone held
 *     at an angle
 * @param background the gray round the sheet (a desk, a scanner's lid), or -1: the image is the
 *     sheet, as a flat scan
 * @param scale the image's size against the printed sheet's
 * @param noise the standard deviation of the sensor's noise, in gray levels
 * @param jpegQuality 1–100, or 0 for none
 */
public record Shot(
    double degrees,
    double shadow,
    double perspective,
    int background,
    double scale,
    double noise,
    int jpegQuality) {

  /** A flat scan, straight, clean. */
  public static Shot clean() {
    return new Shot(0, 0, 0, -1, 1, 0, 0);
  }

  /** Scanned on a gray lid, turned. */
  public static Shot rotated(double degrees) {
    return new Shot(degrees, 0, 0, 150, 0.9, 2, 90);
  }

  /** Scanned with a shadow across it. */
  public static Shot shadowed(double shadow) {
    return new Shot(0, shadow, 0, -1, 1, 2, 90);
  }

  /**
   * A phone's picture: on a dark desk, turned, at an angle, a shadow across, noisy,
   * JPEG-compressed, smaller than printed.
   */
  public static Shot photographed(double degrees) {
    return new Shot(degrees, 0.35, 0.04, 70, 0.7, 4, 75);
  }
}
