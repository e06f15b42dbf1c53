package kr.academy.ai.ocr.opencv;

import static org.bytedeco.opencv.global.opencv_core.CV_64FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.divide;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_ELLIPSE;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY_INV;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_OTSU;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import java.util.List;
import kr.academy.ai.ocr.Box;
import kr.academy.pages.PageImage;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Makes a gray page ready to read (docs/ocr.md, Cleaning up), in OpenCV through JavaCV:
 *
 * <ol>
 *   <li>evens out the background: the paper's brightness is estimated at a quarter of the size by a
 *       morphological closing (which fills in anything darker and smaller than the kernel, i.e. the
 *       text) and divided out, so that a phone photo's shadow or vignette becomes white paper
 *       rather than a dark patch that a global threshold turns black;
 *   <li>finds the text's skew ({@link SkewEstimate}, on the Otsu-binarised page at a quarter of the
 *       size) and turns it back, onto a canvas large enough to keep the page's corners;
 *   <li>scales by the asked factor (in the same warp);
 *   <li>binarises with Otsu's threshold when asked (the benchmark; the product leaves it to
 *       Tesseract: docs/ocr.md).
 * </ol>
 */
public final class PageCleanup {

  /** The steps to take; the engine's modes choose them (docs/ocr.md, Modes). */
  public record Steps(
      boolean evenBackground, boolean deskew, boolean binarise, double scale, double maxSkew) {

    public static Steps all(double scale) {
      return new Steps(true, true, true, scale, DEFAULT_MAX_SKEW);
    }
  }

  public static final double DEFAULT_MAX_SKEW = 15;

  /** Skews smaller than this are left alone: turning would only blur. */
  static final double NEGLIGIBLE_SKEW = 0.1;

  private static final int REDUCTION = 4;

  private PageCleanup() {}

  public static PreparedPage prepare(PageImage page, Steps steps) {
    try (Mat given = new Mat(page.height(), page.width(), CV_8UC1)) {
      given.data().put(page.gray());
      Mat even = steps.evenBackground() ? evenBackground(given) : given.clone();
      try (even) {
        double skew = steps.deskew() ? skew(even, steps.maxSkew()) : 0;
        if (Math.abs(skew) < NEGLIGIBLE_SKEW) {
          skew = 0;
        }
        double[] toPrepared = turnAndScale(page.width(), page.height(), skew, steps.scale());
        Mat prepared = warp(even, toPrepared, steps.scale());
        if (steps.binarise()) {
          threshold(prepared, prepared, 0, 255, THRESH_BINARY | THRESH_OTSU);
        }
        return new PreparedPage(
            new GrayPixels(prepared),
            (int) Math.round(page.dpi() * steps.scale()),
            skew,
            steps.scale(),
            invert(toPrepared),
            page.width(),
            page.height());
      }
    }
  }

  /**
   * A region of a prepared page (its own pixels), {@code scale} times larger and with {@code pad}
   * white pixels around it, for a second reading.
   */
  public static GrayPixels crop(
      GrayPixels page, int left, int top, int right, int bottom, double scale, int pad) {
    int x0 = Math.max(0, left);
    int y0 = Math.max(0, top);
    int x1 = Math.min(page.width(), right);
    int y1 = Math.min(page.height(), bottom);
    try (Mat region =
            new Mat(page.mat(), new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0)));
        Mat scaled = new Mat()) {
      resize(region, scaled, new Size(), scale, scale, scale > 1 ? INTER_CUBIC : INTER_AREA);
      Mat padded = new Mat();
      opencv_core.copyMakeBorder(
          scaled, padded, pad, pad, pad, pad, opencv_core.BORDER_CONSTANT, new Scalar(255.0));
      return new GrayPixels(padded);
    }
  }

  /** A copy of {@code page} with each of {@code boxes} painted white (text kept from a reading). */
  public static GrayPixels whitened(GrayPixels page, List<Box> boxes) {
    Mat copy = page.mat().clone();
    for (Box box : boxes) {
      int x0 = Math.max(0, box.x());
      int y0 = Math.max(0, box.y());
      int x1 = Math.min(page.width(), box.right());
      int y1 = Math.min(page.height(), box.bottom());
      if (x1 > x0 && y1 > y0) {
        try (Mat region = new Mat(copy, new Rect(x0, y0, x1 - x0, y1 - y0))) {
          region.put(new Scalar(255.0));
        }
      }
    }
    return new GrayPixels(copy);
  }

  /** The page divided by its paper's brightness: paper 255, ink as dark as it is against it. */
  static Mat evenBackground(Mat gray) {
    int width = Math.max(1, gray.cols() / REDUCTION);
    int height = Math.max(1, gray.rows() / REDUCTION);
    // Wider than a stroke and most of a glyph at 300 dpi (60 px there), so text is filled in.
    int kernel = Math.max(3, (Math.max(width, height) / 60) | 1);
    try (Mat small = new Mat();
        Mat paper = new Mat();
        Mat element = getStructuringElement(MORPH_ELLIPSE, new Size(kernel, kernel));
        Mat full = new Mat()) {
      resize(gray, small, new Size(width, height), 0, 0, INTER_AREA);
      morphologyEx(small, paper, MORPH_CLOSE, element);
      GaussianBlur(paper, paper, new Size(kernel, kernel), 0);
      resize(paper, full, gray.size(), 0, 0, INTER_LINEAR);
      Mat even = new Mat();
      divide(gray, full, even, 255.0, -1);
      return even;
    }
  }

  /** The text's skew in degrees, counter-clockwise positive. */
  static double skew(Mat gray, double maxSkew) {
    int width = Math.max(1, gray.cols() / REDUCTION);
    int height = Math.max(1, gray.rows() / REDUCTION);
    try (Mat small = new Mat();
        Mat ink = new Mat()) {
      resize(gray, small, new Size(width, height), 0, 0, INTER_AREA);
      threshold(small, ink, 0, 255, THRESH_BINARY_INV | THRESH_OTSU);
      byte[] pixels = new byte[width * height];
      ink.data().get(pixels);
      return SkewEstimate.degrees(pixels, width, height, maxSkew);
    }
  }

  /**
   * The affine map from the given page to the prepared one: turned back by {@code skew} about the
   * centre, scaled, onto a canvas that holds the whole turned page.
   */
  static double[] turnAndScale(int width, int height, double skew, double scale) {
    double theta = Math.toRadians(-skew);
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    double outWidth = Math.ceil(scale * (width * Math.abs(cos) + height * Math.abs(sin)));
    double outHeight = Math.ceil(scale * (width * Math.abs(sin) + height * Math.abs(cos)));
    double a = scale * cos;
    double b = scale * sin;
    double cx = width / 2.0;
    double cy = height / 2.0;
    return new double[] {
      a,
      b,
      outWidth / 2 - a * cx - b * cy,
      -b,
      a,
      outHeight / 2 + b * cx - a * cy,
      outWidth,
      outHeight
    };
  }

  private static Mat warp(Mat even, double[] map, double scale) {
    Mat out = new Mat();
    try (Mat matrix = new Mat(2, 3, CV_64FC1)) {
      new DoublePointer(matrix.data()).put(map, 0, 6);
      warpAffine(
          even,
          out,
          matrix,
          new Size((int) map[6], (int) map[7]),
          scale > 1 ? INTER_CUBIC : INTER_LINEAR,
          opencv_core.BORDER_CONSTANT,
          new Scalar(255.0));
    }
    return out;
  }

  /** The inverse of the 2 × 3 affine map (its first six numbers). */
  static double[] invert(double[] m) {
    double det = m[0] * m[4] - m[1] * m[3];
    double a = m[4] / det;
    double b = -m[1] / det;
    double c = -m[3] / det;
    double d = m[0] / det;
    return new double[] {a, b, -(a * m[2] + b * m[5]), c, d, -(c * m[2] + d * m[5])};
  }
}
