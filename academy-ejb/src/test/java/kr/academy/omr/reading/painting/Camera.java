package kr.academy.omr.reading.painting;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_16SC1;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.CV_64FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.multiply;
import static org.bytedeco.opencv.global.opencv_core.randn;
import static org.bytedeco.opencv.global.opencv_core.theRNG;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.warpPerspective;

import java.util.Random;
import kr.academy.pages.PageImage;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/** Takes a printed sheet the way a scanner or a phone does ({@link Shot}). */
public final class Camera {

  private Camera() {}

  public static PageImage shoot(PageImage sheet, Shot shot, long seed) {
    Random random = new Random(seed);
    try (PointerScope scope = new PointerScope()) {
      Mat paper = SheetPainter.mat(sheet);
      double w = sheet.width() * shot.scale();
      double h = sheet.height() * shot.scale();
      boolean onBackground = shot.background() >= 0;
      double border = onBackground ? 0.12 * Math.max(w, h) : 0;
      int canvasWidth = (int) Math.round(w + 2 * border);
      int canvasHeight = (int) Math.round(h + 2 * border);
      double[] corners = {0, 0, w, 0, w, h, 0, h};
      double radians = Math.toRadians(shot.degrees());
      double cos = Math.cos(radians);
      double sin = Math.sin(radians);
      float[] from = {0, 0, sheet.width(), 0, sheet.width(), sheet.height(), 0, sheet.height()};
      float[] to = new float[8];
      for (int i = 0; i < 4; i++) {
        double x = corners[2 * i] - w / 2 + (random.nextDouble() * 2 - 1) * shot.perspective() * w;
        double y =
            corners[2 * i + 1] - h / 2 + (random.nextDouble() * 2 - 1) * shot.perspective() * w;
        to[2 * i] = (float) (canvasWidth / 2.0 + x * cos - y * sin);
        to[2 * i + 1] = (float) (canvasHeight / 2.0 + x * sin + y * cos);
      }
      Mat image = new Mat();
      Mat transform = getPerspectiveTransform(points(from), points(to));
      int outside = onBackground ? shot.background() : SheetPainter.PAPER;
      warpPerspective(
          paper,
          image,
          transform,
          new Size(canvasWidth, canvasHeight),
          shot.scale() < 1 ? INTER_AREA : INTER_LINEAR,
          BORDER_CONSTANT,
          new Scalar(outside));
      if (shot.shadow() > 0) {
        image = shaded(image, shot.shadow(), random);
      }
      if (shot.noise() > 0) {
        GaussianBlur(image, image, new Size(3, 3), 0);
        theRNG().state(random.nextLong());
        Mat noise = new Mat(image.size(), CV_16SC1);
        randn(
            noise,
            new Mat(1, 1, CV_64FC1, new Scalar(0)),
            new Mat(1, 1, CV_64FC1, new Scalar(shot.noise())));
        Mat noisy = new Mat();
        add(image, noise, noisy, new Mat(), CV_8UC1);
        image = noisy;
      }
      if (shot.jpegQuality() > 0) {
        byte[] jpeg = SheetPainter.encode(".jpg", image, IMWRITE_JPEG_QUALITY, shot.jpegQuality());
        image = imdecode(new Mat(new BytePointer(jpeg)), IMREAD_GRAYSCALE);
      }
      return SheetPainter.page(image);
    }
  }

  /** Light falling off across the sheet from a random corner: a 2 × 2 gradient, stretched. */
  private static Mat shaded(Mat image, double shadow, Random random) {
    Mat light = new Mat(2, 2, CV_32FC1);
    float[] levels = {1, (float) (1 - shadow / 2), (float) (1 - shadow / 2), (float) (1 - shadow)};
    int dark = random.nextInt(4);
    float[] placed = new float[4];
    for (int i = 0; i < 4; i++) {
      placed[i] = levels[(i + dark) % 4 == 3 ? 3 : (i + dark) % 4 == 0 ? 0 : 1];
    }
    new FloatPointer(light.data()).put(placed);
    Mat stretched = new Mat();
    resize(light, stretched, image.size(), 0, 0, INTER_LINEAR);
    Mat shaded = new Mat();
    multiply(image, stretched, shaded, 1, CV_8UC1);
    return shaded;
  }

  private static Mat points(float[] xy) {
    Mat mat = new Mat(4, 1, CV_32FC2);
    new FloatPointer(mat.data()).put(xy);
    return mat;
  }
}
