package kr.academy.omr.reading.opencv;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import kr.academy.pages.PageImage;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/** Between {@link PageImage} and OpenCV, and the plane geometry the reader needs. */
final class Images {

  private Images() {}

  static Mat mat(PageImage page) {
    Mat mat = new Mat(page.height(), page.width(), CV_8UC1);
    mat.data().put(page.gray());
    return mat;
  }

  static PageImage page(Mat gray, int dpi) {
    Mat continuous = gray.isContinuous() ? gray : gray.clone();
    byte[] bytes = new byte[continuous.cols() * continuous.rows()];
    continuous.data().get(bytes);
    return new PageImage(continuous.cols(), continuous.rows(), dpi, bytes);
  }

  /** {@code image} scaled by {@code factor}, averaging pixels when it shrinks. */
  static Mat scaled(Mat image, double factor) {
    Mat scaled = new Mat();
    int width = Math.max(1, (int) Math.round(image.cols() * factor));
    int height = Math.max(1, (int) Math.round(image.rows() * factor));
    resize(image, scaled, new Size(width, height), 0, 0, factor < 1 ? INTER_AREA : INTER_LINEAR);
    return scaled;
  }

  /**
   * The perspective transform taking the four points {@code from} (x, y pairs: top-left, top-right,
   * bottom-right, bottom-left) to the corners of a {@code width × height} rectangle, as a row-major
   * 3 × 3 matrix.
   */
  static double[] onto(double[] from, double width, double height) {
    return transform(from, new double[] {0, 0, width, 0, width, height, 0, height});
  }

  static double[] transform(double[] from, double[] to) {
    Mat matrix = getPerspectiveTransform(points(from), points(to));
    double[] values = new double[9];
    try (DoubleIndexer indexer = matrix.createIndexer()) {
      for (int i = 0; i < 9; i++) {
        values[i] = indexer.get(i / 3, i % 3);
      }
    }
    return values;
  }

  static Mat mat(double[] matrix) {
    Mat mat = new Mat(3, 3, CV_64F);
    try (DoubleIndexer indexer = mat.createIndexer()) {
      for (int i = 0; i < 9; i++) {
        indexer.put(i / 3, i % 3, matrix[i]);
      }
    }
    return mat;
  }

  /** Where {@code matrix} takes the point (x, y). */
  static double[] apply(double[] matrix, double x, double y) {
    double w = matrix[6] * x + matrix[7] * y + matrix[8];
    return new double[] {
      (matrix[0] * x + matrix[1] * y + matrix[2]) / w,
      (matrix[3] * x + matrix[4] * y + matrix[5]) / w
    };
  }

  /** Each of the x, y pairs in {@code points} taken by {@code matrix}. */
  static double[] applyAll(double[] matrix, double[] points) {
    double[] moved = new double[points.length];
    for (int i = 0; i < points.length; i += 2) {
      double[] point = apply(matrix, points[i], points[i + 1]);
      moved[i] = point[0];
      moved[i + 1] = point[1];
    }
    return moved;
  }

  static double[] inverse(double[] m) {
    double a = m[4] * m[8] - m[5] * m[7];
    double b = m[5] * m[6] - m[3] * m[8];
    double c = m[3] * m[7] - m[4] * m[6];
    double determinant = m[0] * a + m[1] * b + m[2] * c;
    return new double[] {
      a / determinant,
      (m[2] * m[7] - m[1] * m[8]) / determinant,
      (m[1] * m[5] - m[2] * m[4]) / determinant,
      b / determinant,
      (m[0] * m[8] - m[2] * m[6]) / determinant,
      (m[2] * m[3] - m[0] * m[5]) / determinant,
      c / determinant,
      (m[1] * m[6] - m[0] * m[7]) / determinant,
      (m[0] * m[4] - m[1] * m[3]) / determinant
    };
  }

  static double[] scaling(double factor) {
    return new double[] {factor, 0, 0, 0, factor, 0, 0, 0, 1};
  }

  /** {@code first}, then {@code second}. */
  static double[] then(double[] first, double[] second) {
    double[] product = new double[9];
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        for (int k = 0; k < 3; k++) {
          product[row * 3 + column] += second[row * 3 + k] * first[k * 3 + column];
        }
      }
    }
    return product;
  }

  private static Mat points(double[] xy) {
    Mat mat = new Mat(4, 1, CV_32FC2);
    float[] values = new float[8];
    for (int i = 0; i < 8; i++) {
      values[i] = (float) xy[i];
    }
    new FloatPointer(mat.data()).put(values);
    return mat;
  }
}
