package kr.academy.ai.status.opencv;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8U;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.REDUCE_SUM;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_core.reduce;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.createHanningWindow;
import static org.bytedeco.opencv.global.opencv_imgproc.dilate;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.phaseCorrelate;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;
import static org.bytedeco.opencv.global.opencv_video.MOTION_EUCLIDEAN;
import static org.bytedeco.opencv.global.opencv_video.findTransformECC;

import jakarta.enterprise.context.ApplicationScoped;
import kr.academy.ai.status.SheetAlignment;
import kr.academy.pages.PageImage;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2d;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.TermCriteria;

/**
 * Alignment with OpenCV, on gray copies about {@value #WORKING_WIDTH} pixels wide (plenty for a
 * turn of a few degrees, and fast): the scan is scaled to the blank's size; the turn between the
 * two is the difference of their skews, the shift is found by phase correlation, and ECC (enhanced
 * correlation coefficient, Euclidean motion) refines both over the blank's print only. The motion
 * found is applied once, to the full-size scan. Where ECC does not converge or ends worse than it
 * started (a page with little print, or heavy writing), the first guess stands.
 */
@ApplicationScoped
public class OpencvSheetAlignment implements SheetAlignment {

  static final int WORKING_WIDTH = 400;

  /** Ink darker than 70 % of the paper, in the inverted working copy. */
  private static final double PRINT_LEVEL = 0.3;

  private static final int MASK_GROWTH = 7;

  private static final int ECC_ITERATIONS = 50;
  private static final double ECC_EPSILON = 1e-4;
  private static final int ECC_BLUR = 5;

  /** The turns tried before ECC: a page fed or photographed crooked by up to this many degrees. */
  static final int SEARCH_DEGREES = 4;

  static final double SEARCH_STEP = 0.25;

  @Override
  public Aligned align(PageImage scan, PageImage blank) {
    try (PointerScope scope = new PointerScope()) {
      Size frame = new Size(blank.width(), blank.height());
      Mat sized = mat(scan);
      if (scan.width() != blank.width() || scan.height() != blank.height()) {
        Mat scaled = new Mat();
        resize(sized, scaled, frame, 0, 0, INTER_AREA);
        sized = scaled;
      }
      double factor = Math.min(1.0, (double) WORKING_WIDTH / blank.width());
      Mat template = working(mat(blank), factor);
      Mat input = working(sized, factor);
      Mat mask = printNearby(template);
      Mat warp = start(template, input);
      double correlation = correlation(template, turned(input, warp), mask);
      Mat refined = warp.clone();
      try {
        double eccCorrelation =
            findTransformECC(
                template,
                input,
                refined,
                MOTION_EUCLIDEAN,
                new TermCriteria(
                    TermCriteria.COUNT + TermCriteria.EPS, ECC_ITERATIONS, ECC_EPSILON),
                mask,
                ECC_BLUR);
        // ECC can wander off from a good start on a heavily written page: keep the better one
        if (eccCorrelation > correlation) {
          correlation = eccCorrelation;
          warp = refined;
        }
      } catch (RuntimeException notConverged) {
        // the start stands
      }
      FloatIndexer motion = warp.createIndexer();
      double degrees = Math.toDegrees(Math.atan2(motion.get(1, 0), motion.get(0, 0)));
      motion.put(0, 2, (float) (motion.get(0, 2) / factor));
      motion.put(1, 2, (float) (motion.get(1, 2) / factor));
      Mat aligned = new Mat();
      warpAffine(
          sized,
          aligned,
          warp,
          frame,
          INTER_LINEAR | WARP_INVERSE_MAP,
          BORDER_CONSTANT,
          new Scalar(255.0));
      byte[] gray = new byte[blank.width() * blank.height()];
      aligned.data().get(gray);
      return new Aligned(
          new PageImage(blank.width(), blank.height(), blank.dpi(), gray), correlation, degrees);
    }
  }

  /**
   * A first guess for ECC, which only finds the nearest optimum. The turn is the difference of the
   * two pages' skews ({@link #skew}): handwriting runs along the same lines as the print, so it
   * does not mislead it. The shift is then found by phase correlation with the scan turned back.
   * Returned as the motion from the blank's pixels to the scan's (ECC's warp).
   */
  private static Mat start(Mat template, Mat input) {
    double cx = template.cols() / 2.0;
    double cy = template.rows() / 2.0;
    double degrees = skew(input) - skew(template);
    Mat turned = turned(input, motion(degrees, 0, 0, cx, cy));
    Mat window = new Mat();
    createHanningWindow(window, template.size(), CV_32F);
    Point2d shift = phaseCorrelate(template, turned, window, (double[]) null);
    return motion(degrees, shift.x(), shift.y(), cx, cy);
  }

  /**
   * The turn, within {@value #SEARCH_DEGREES}° in steps of {@value #SEARCH_STEP}°, that makes the
   * page's rows sharpest: turned back by it, the ink of each line falls into the fewest rows, so
   * the rows' ink sums vary most.
   */
  private static double skew(Mat page) {
    double cx = page.cols() / 2.0;
    double cy = page.rows() / 2.0;
    double best = 0;
    double sharpest = Double.NEGATIVE_INFINITY;
    for (double degrees = -SEARCH_DEGREES; degrees <= SEARCH_DEGREES; degrees += SEARCH_STEP) {
      Mat rows = new Mat();
      reduce(turned(page, motion(degrees, 0, 0, cx, cy)), rows, 1, REDUCE_SUM, CV_32F);
      Mat mean = new Mat();
      Mat deviation = new Mat();
      meanStdDev(rows, mean, deviation);
      double sharpness = deviation.createIndexer().getDouble(0);
      if (sharpness > sharpest) {
        sharpest = sharpness;
        best = degrees;
      }
    }
    return best;
  }

  /** Pearson's correlation of two working copies over {@code mask}, as ECC measures it. */
  private static double correlation(Mat template, Mat aligned, Mat mask) {
    FloatIndexer a = template.createIndexer();
    FloatIndexer b = aligned.createIndexer();
    UByteIndexer where = mask.createIndexer();
    double sumA = 0;
    double sumB = 0;
    double sumAa = 0;
    double sumBb = 0;
    double sumAb = 0;
    long count = 0;
    for (int y = 0; y < template.rows(); y++) {
      for (int x = 0; x < template.cols(); x++) {
        if (where.get(y, x) != 0) {
          double va = a.get(y, x);
          double vb = b.get(y, x);
          sumA += va;
          sumB += vb;
          sumAa += va * va;
          sumBb += vb * vb;
          sumAb += va * vb;
          count++;
        }
      }
    }
    if (count == 0) {
      return 0;
    }
    double covariance = sumAb - sumA * sumB / count;
    double spread = Math.sqrt((sumAa - sumA * sumA / count) * (sumBb - sumB * sumB / count));
    return spread == 0 ? 0 : covariance / spread;
  }

  private static Mat turned(Mat page, Mat motion) {
    Mat turned = new Mat();
    warpAffine(
        page,
        turned,
        motion,
        page.size(),
        INTER_LINEAR | WARP_INVERSE_MAP,
        BORDER_CONSTANT,
        new Scalar(0.0));
    return turned;
  }

  /** The motion p ↦ R(p − c) + c + R d, R a turn by {@code degrees}, as a 2 × 3 matrix. */
  private static Mat motion(double degrees, double dx, double dy, double cx, double cy) {
    double cos = Math.cos(Math.toRadians(degrees));
    double sin = Math.sin(Math.toRadians(degrees));
    Mat warp = new Mat(2, 3, CV_32F);
    FloatIndexer values = warp.createIndexer();
    values.put(0, 0, (float) cos);
    values.put(0, 1, (float) -sin);
    values.put(0, 2, (float) (cx - cos * cx + sin * cy + cos * dx - sin * dy));
    values.put(1, 0, (float) sin);
    values.put(1, 1, (float) cos);
    values.put(1, 2, (float) (cy - sin * cx - cos * cy + sin * dx + cos * dy));
    return warp;
  }

  private static Mat mat(PageImage page) {
    Mat mat = new Mat(page.height(), page.width(), CV_8UC1);
    mat.data().put(page.gray());
    return mat;
  }

  /**
   * Where the blank has print, and a little around it: the only pixels ECC compares, so that the
   * handwriting, which the blank lacks, does not pull the scan off the print.
   */
  private static Mat printNearby(Mat template) {
    Mat print = new Mat();
    threshold(template, print, PRINT_LEVEL, 1, THRESH_BINARY);
    Mat mask = new Mat();
    print.convertTo(mask, CV_8U);
    Mat nearby = new Mat();
    dilate(mask, nearby, getStructuringElement(MORPH_RECT, new Size(MASK_GROWTH, MASK_GROWTH)));
    return nearby;
  }

  /** A small float copy with ink bright on a dark ground, which phase correlation needs. */
  private static Mat working(Mat page, double factor) {
    Mat small = new Mat();
    resize(
        page,
        small,
        new Size((int) Math.round(page.cols() * factor), (int) Math.round(page.rows() * factor)),
        0,
        0,
        INTER_AREA);
    Mat inverted = new Mat();
    small.convertTo(inverted, CV_32F, -1.0 / 255, 1.0);
    return inverted;
  }
}
