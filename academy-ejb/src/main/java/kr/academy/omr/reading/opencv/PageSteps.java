package kr.academy.omr.reading.opencv;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.LUT;
import static org.bytedeco.opencv.global.opencv_core.divide;
import static org.bytedeco.opencv.global.opencv_core.max;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_ELLIPSE;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.medianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.PreprocessingStep;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * What happens to a sheet once it lies on the template's page: its shading is evened out, then the
 * template's own image steps run in their order, as OMRChecker's builtins do
 * (src/processors/builtins.py).
 */
final class PageSteps {

  /**
   * The paper's level after shading is evened out: below white, so that a light pencil stroke keeps
   * its difference from the paper after Levels.
   */
  private static final double PAPER = 235;

  /**
   * Paper darker than this is not lit paper but something else (a dark desk, a black picture):
   * dividing by it would only magnify noise.
   */
  private static final double DARKEST_PAPER = 40;

  /** The paper's brightness is estimated on a page this many times smaller: it varies slowly. */
  private static final double SHADING_SCALE = 0.25;

  private PageSteps() {}

  static Mat apply(Mat page, OmrLayout layout) {
    Mat even = evenShading(page, layout);
    for (PreprocessingStep step : layout.preprocessing()) {
      JsonObject options = step.options();
      switch (step.name()) {
        case "Levels" -> LUT(even, even, levels(options));
        case "GaussianBlur" -> {
          JsonArray size = options.getJsonArray("kSize");
          GaussianBlur(
              even,
              even,
              size == null
                  ? new Size(3, 3)
                  : new Size(size.getJsonNumber(0).intValue(), size.getJsonNumber(1).intValue()),
              options.containsKey("sigmaX")
                  ? (int) options.getJsonNumber("sigmaX").doubleValue()
                  : 0);
        }
        case "MedianBlur" ->
            medianBlur(even, even, options.containsKey("kSize") ? options.getInt("kSize") : 5);
        default -> {
          // CropPage and CropOnMarkers place the sheet on the page: done before these steps.
        }
      }
    }
    return even;
  }

  /**
   * The page divided by its paper's brightness: a shadow across a photographed sheet darkens marked
   * and unmarked bubbles alike and would move the unmarked ones towards the threshold. The paper's
   * brightness is the page closed (a local maximum, then minimum) over three bubbles' width, which
   * removes every mark and printed bubble and keeps the slow change of light.
   */
  private static Mat evenShading(Mat page, OmrLayout layout) {
    double bubble =
        layout.fields().stream()
            .flatMap(f -> f.bubbles().stream())
            .mapToDouble(b -> Math.max(b.width(), b.height()))
            .max()
            .orElse(0);
    Mat small = Images.scaled(page, SHADING_SCALE);
    int kernel = (int) Math.round(3 * bubble * SHADING_SCALE) | 1;
    Mat paper = new Mat();
    morphologyEx(
        small,
        paper,
        MORPH_CLOSE,
        getStructuringElement(MORPH_ELLIPSE, new Size(Math.max(3, kernel), Math.max(3, kernel))));
    GaussianBlur(paper, paper, new Size(Math.max(3, kernel), Math.max(3, kernel)), 0);
    max(paper, new Mat(paper.size(), paper.type(), new Scalar(DARKEST_PAPER)), paper);
    Mat full = new Mat();
    resize(paper, full, page.size(), 0, 0, INTER_LINEAR);
    Mat even = new Mat();
    divide(page, full, even, PAPER, CV_8UC1);
    return even;
  }

  /** OMRChecker's Levels: below {@code low} black, above {@code high} white, gamma between. */
  private static Mat levels(JsonObject options) {
    int low = (int) (255 * number(options, "low", 0));
    int high = (int) (255 * number(options, "high", 1));
    double gamma = number(options, "gamma", 1);
    Mat table = new Mat(1, 256, CV_8UC1);
    byte[] values = new byte[256];
    for (int i = 0; i < 256; i++) {
      double level =
          i <= low
              ? 0
              : i >= high ? 255 : Math.pow((i - low) / (double) (high - low), 1 / gamma) * 255;
      values[i] = (byte) (int) level;
    }
    table.data().put(values);
    return table;
  }

  private static double number(JsonObject options, String key, double fallback) {
    return options.containsKey(key) ? options.getJsonNumber(key).doubleValue() : fallback;
  }
}
