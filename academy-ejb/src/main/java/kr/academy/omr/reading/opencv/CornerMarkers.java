package kr.academy.omr.reading.opencv;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.NORM_MINMAX;
import static org.bytedeco.opencv.global.opencv_core.minMaxLoc;
import static org.bytedeco.opencv.global.opencv_core.normalize;
import static org.bytedeco.opencv.global.opencv_core.subtract;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.TM_CCOEFF_NORMED;
import static org.bytedeco.opencv.global.opencv_imgproc.erode;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.matchTemplate;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyDefaultBorderValue;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.academy.omr.reading.SheetUnreadable;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Finds the template's marker in the four corners of a sheet, as OMRChecker's CropOnMarkers does
 * (src/processors/CropOnMarkers.py): the marker sized to the sheet's width over {@code
 * sheetToMarkerWidthRatio}, blurred and stretched; its best scale, from {@code
 * marker_rescale_range[1]} % down to {@code [0]} % in {@code marker_rescale_steps}, by normalised
 * cross-correlation over the whole sheet; then at that scale the best match in each quarter, which
 * must reach {@code min_matching_threshold} and lie within {@code max_matching_variation} of the
 * best match overall.
 *
 * <p>With {@code apply_erode_subtract} (the default) both the marker and the sheet lose their own
 * erosion, which keeps edges and drops shading. OMRChecker subtracts it from the marker only, and
 * from the sheet only when the option is off — an inverted test in its code; doing the same to both
 * is what the option describes.
 */
final class CornerMarkers {

  /** A marker smaller than this many pixels matches anything. */
  private static final int MIN_MARKER = 4;

  private static final String[] CORNERS = {"top-left", "top-right", "bottom-right", "bottom-left"};

  private final double minMatch;
  private final double maxVariation;
  private final int[] rescalePercent;
  private final int rescaleSteps;
  private final boolean erodeSubtract;
  private final double sheetToMarkerWidth;

  CornerMarkers(JsonObject options) {
    minMatch = number(options, "min_matching_threshold", 0.3);
    maxVariation = number(options, "max_matching_variation", 0.41);
    JsonArray range = options.getJsonArray("marker_rescale_range");
    rescalePercent =
        range == null
            ? new int[] {35, 100}
            : new int[] {range.getJsonNumber(0).intValue(), range.getJsonNumber(1).intValue()};
    rescaleSteps = (int) number(options, "marker_rescale_steps", 10);
    erodeSubtract =
        !options.containsKey("apply_erode_subtract")
            || options.get("apply_erode_subtract") == JsonValue.TRUE;
    sheetToMarkerWidth = number(options, "sheetToMarkerWidthRatio", 0);
  }

  /**
   * The centres of the four markers on {@code sheet} (x, y pairs: top-left, top-right,
   * bottom-right, bottom-left).
   *
   * @throws SheetUnreadable naming the corners where no marker was found
   */
  double[] find(Mat sheet, Mat markerImage) {
    Mat marker = prepareMarker(markerImage, sheet.cols());
    Mat image = new Mat();
    normalize(sheet, image, 0, 255, NORM_MINMAX, -1, null);
    if (erodeSubtract) {
      image = lessErosion(image);
    }
    int bestPercent = bestScale(image, marker);
    if (bestPercent < 0) {
      throw new SheetUnreadable(
          "the corner markers were not found: the sheet is too small for the template's marker");
    }
    Mat best = resized(marker, bestPercent);
    int halfWidth = image.cols() / 2;
    int halfHeight = image.rows() / 2;
    int[][] origins = {{0, 0}, {halfWidth, 0}, {halfWidth, halfHeight}, {0, halfHeight}};
    double[] centres = new double[8];
    double[] matches = new double[4];
    for (int corner = 0; corner < 4; corner++) {
      int x = origins[corner][0];
      int y = origins[corner][1];
      Mat quarter =
          new Mat(
              image,
              new Rect(
                  x,
                  y,
                  corner % 3 == 0 ? halfWidth : image.cols() - halfWidth,
                  corner < 2 ? halfHeight : image.rows() - halfHeight));
      Point at = new Point();
      matches[corner] = bestMatch(quarter, best, at);
      centres[2 * corner] = x + at.x() + best.cols() / 2.0;
      centres[2 * corner + 1] = y + at.y() + best.rows() / 2.0;
    }
    // The best match on the whole sheet is the best of its four quarters'.
    double bestMatch = Arrays.stream(matches).max().orElseThrow();
    List<String> missing = new ArrayList<>();
    for (int corner = 0; corner < 4; corner++) {
      if (matches[corner] < minMatch || bestMatch - matches[corner] >= maxVariation) {
        missing.add(String.format("%s (best match %.2f)", CORNERS[corner], matches[corner]));
      }
    }
    if (!missing.isEmpty()) {
      throw new SheetUnreadable(
          String.format(
              "the template's corner markers were not found at %s; a marker must match at least"
                  + " %.2f and within %.2f of the best match on the sheet (%.2f): is this sheet"
                  + " printed from this template, with all four corners in the picture?",
              String.join(", ", missing), minMatch, maxVariation, bestMatch));
    }
    return centres;
  }

  /**
   * The marker's best scale in per cent, or -1 when none fits. Searched on the sheet and marker at
   * half size, a quarter of the work per scale, when the marker stays large enough to match there;
   * the corners are then matched at full size.
   */
  private int bestScale(Mat image, Mat marker) {
    boolean half = marker.rows() * rescalePercent[0] / 100.0 >= 2 * MIN_MARKER;
    Mat searched = half ? Images.scaled(image, 0.5) : image;
    Mat searchedMarker = half ? Images.scaled(marker, 0.5) : marker;
    int best = -1;
    double bestMatch = -1;
    int descent = Math.max(1, (rescalePercent[1] - rescalePercent[0]) / rescaleSteps);
    for (int percent = rescalePercent[1]; percent > rescalePercent[0]; percent -= descent) {
      Mat scaled = resized(searchedMarker, percent);
      if (scaled == null) {
        continue;
      }
      double match = bestMatch(searched, scaled, new Point());
      if (match > bestMatch) {
        bestMatch = match;
        best = percent;
      }
    }
    return best;
  }

  /** {@code marker} at {@code percent} of its height (OMRChecker's {@code resize_util_h}). */
  private static Mat resized(Mat marker, int percent) {
    int height = (int) (marker.rows() * percent / 100.0);
    int width = (int) (marker.cols() * height / (double) marker.rows());
    if (height < MIN_MARKER || width < MIN_MARKER) {
      return null;
    }
    Mat scaled = new Mat();
    resize(marker, scaled, new Size(width, height));
    return scaled;
  }

  private Mat prepareMarker(Mat markerImage, int sheetWidth) {
    Mat marker =
        sheetToMarkerWidth > 0
            ? Images.scaled(markerImage, sheetWidth / sheetToMarkerWidth / markerImage.cols())
            : markerImage.clone();
    GaussianBlur(marker, marker, new Size(5, 5), 0);
    normalize(marker, marker, 0, 255, NORM_MINMAX, -1, null);
    return erodeSubtract ? lessErosion(marker) : marker;
  }

  /** OMRChecker's {@code image - erode(image, 5 × 5, iterations 5)}. */
  private static Mat lessErosion(Mat image) {
    Mat eroded = new Mat();
    erode(
        image,
        eroded,
        getStructuringElement(MORPH_RECT, new Size(5, 5)),
        new Point(-1, -1),
        5,
        BORDER_CONSTANT,
        morphologyDefaultBorderValue());
    Mat result = new Mat();
    subtract(image, eroded, result);
    return result;
  }

  private static double bestMatch(Mat image, Mat marker, Point at) {
    if (marker.cols() > image.cols() || marker.rows() > image.rows()) {
      return -1;
    }
    Mat result = new Mat();
    matchTemplate(image, marker, result, TM_CCOEFF_NORMED);
    double[] max = new double[1];
    minMaxLoc(result, null, max, null, at, null);
    return max[0];
  }

  private static double number(JsonObject options, String key, double fallback) {
    return options.containsKey(key) ? options.getJsonNumber(key).doubleValue() : fallback;
  }
}
