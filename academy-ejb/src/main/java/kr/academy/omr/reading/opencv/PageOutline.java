package kr.academy.omr.reading.opencv;

import static org.bytedeco.opencv.global.opencv_core.NORM_MINMAX;
import static org.bytedeco.opencv.global.opencv_core.normalize;
import static org.bytedeco.opencv.global.opencv_imgproc.CHAIN_APPROX_SIMPLE;
import static org.bytedeco.opencv.global.opencv_imgproc.Canny;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.RETR_LIST;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_TRUNC;
import static org.bytedeco.opencv.global.opencv_imgproc.approxPolyDP;
import static org.bytedeco.opencv.global.opencv_imgproc.arcLength;
import static org.bytedeco.opencv.global.opencv_imgproc.contourArea;
import static org.bytedeco.opencv.global.opencv_imgproc.convexHull;
import static org.bytedeco.opencv.global.opencv_imgproc.findContours;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Finds the sheet's outline on a photograph, as OMRChecker's CropPage does
 * (src/processors/CropPage.py): blur, close with the template's {@code morphKernel}, stretch, cut
 * the gray at 200 so that the paper is one flat white and stretch again, Canny edges, and of the
 * five largest convex contours the first that is a quadrilateral with near-right angles and a large
 * enough area.
 *
 * <p>OMRChecker closes after stretching; closing first wipes out the ink (bubbles, text) before the
 * stretch, so that the darkest thing left is the background and even a light gray lid (177 against
 * paper at 245) leaves an edge Canny keeps — stretched from the ink, it did not.
 */
final class PageOutline {

  /** OMRChecker's constants (src/constants/image_processing.py). */
  private static final double TRUNCATE_AT = 200;

  private static final double CANNY_LOW = 55;
  private static final double CANNY_HIGH = 185;
  private static final double POLYGON_EPSILON = 0.025;
  private static final double MAX_COSINE = 0.35;

  /**
   * OMRChecker asks for 80,000 px² on its 666 × 820 processing image: 15 % of it. A share holds
   * whatever the working size.
   */
  private static final double MIN_AREA_SHARE = 0.15;

  private PageOutline() {}

  /**
   * The sheet's four corners on {@code gray} (x, y pairs: top-left, top-right, bottom-right,
   * bottom-left), or empty when no edge of a sheet is visible.
   */
  static Optional<double[]> find(Mat gray, int[] morphKernel) {
    Mat image = new Mat();
    GaussianBlur(gray, image, new Size(3, 3), 0);
    Mat closed = new Mat();
    morphologyEx(
        image,
        closed,
        MORPH_CLOSE,
        getStructuringElement(MORPH_RECT, new Size(morphKernel[0], morphKernel[1])));
    normalize(closed, closed, 0, 255, NORM_MINMAX, -1, null);
    threshold(closed, closed, TRUNCATE_AT, 255, THRESH_TRUNC);
    normalize(closed, closed, 0, 255, NORM_MINMAX, -1, null);
    Mat edges = new Mat();
    Canny(closed, edges, CANNY_LOW, CANNY_HIGH);
    MatVector contours = new MatVector();
    findContours(edges, contours, RETR_LIST, CHAIN_APPROX_SIMPLE);
    List<Mat> hulls = new ArrayList<>();
    for (long i = 0; i < contours.size(); i++) {
      Mat hull = new Mat();
      convexHull(contours.get(i), hull);
      hulls.add(hull);
    }
    hulls.sort(Comparator.comparingDouble((Mat hull) -> contourArea(hull)).reversed());
    double minArea = MIN_AREA_SHARE * gray.cols() * gray.rows();
    for (Mat hull : hulls.subList(0, Math.min(5, hulls.size()))) {
      if (contourArea(hull) < minArea) {
        break;
      }
      Mat polygon = new Mat();
      approxPolyDP(hull, polygon, POLYGON_EPSILON * arcLength(hull, true), true);
      if (polygon.rows() == 4) {
        double[] corners = ordered(points(polygon));
        if (rightAngled(corners)) {
          return Optional.of(corners);
        }
      }
    }
    return Optional.empty();
  }

  private static double[] points(Mat polygon) {
    double[] xy = new double[8];
    try (IntIndexer indexer = polygon.createIndexer()) {
      for (int i = 0; i < 4; i++) {
        xy[2 * i] = indexer.get(i, 0, 0);
        xy[2 * i + 1] = indexer.get(i, 0, 1);
      }
    }
    return xy;
  }

  /**
   * Top-left has the smallest x + y, bottom-right the largest; top-right the smallest y − x,
   * bottom-left the largest (OMRChecker's {@code order_points}).
   */
  static double[] ordered(double[] xy) {
    int topLeft = 0;
    int bottomRight = 0;
    int topRight = 0;
    int bottomLeft = 0;
    for (int i = 1; i < 4; i++) {
      double sum = xy[2 * i] + xy[2 * i + 1];
      double difference = xy[2 * i + 1] - xy[2 * i];
      if (sum < xy[2 * topLeft] + xy[2 * topLeft + 1]) {
        topLeft = i;
      }
      if (sum > xy[2 * bottomRight] + xy[2 * bottomRight + 1]) {
        bottomRight = i;
      }
      if (difference < xy[2 * topRight + 1] - xy[2 * topRight]) {
        topRight = i;
      }
      if (difference > xy[2 * bottomLeft + 1] - xy[2 * bottomLeft]) {
        bottomLeft = i;
      }
    }
    return new double[] {
      xy[2 * topLeft], xy[2 * topLeft + 1],
      xy[2 * topRight], xy[2 * topRight + 1],
      xy[2 * bottomRight], xy[2 * bottomRight + 1],
      xy[2 * bottomLeft], xy[2 * bottomLeft + 1]
    };
  }

  private static boolean rightAngled(double[] corners) {
    for (int i = 0; i < 4; i++) {
      int previous = (i + 3) % 4;
      int next = (i + 1) % 4;
      double ax = corners[2 * previous] - corners[2 * i];
      double ay = corners[2 * previous + 1] - corners[2 * i + 1];
      double bx = corners[2 * next] - corners[2 * i];
      double by = corners[2 * next + 1] - corners[2 * i + 1];
      double cosine =
          (ax * bx + ay * by) / Math.sqrt((ax * ax + ay * ay) * (bx * bx + by * by) + 1e-10);
      if (Math.abs(cosine) >= MAX_COSINE) {
        return false;
      }
    }
    return true;
  }
}
