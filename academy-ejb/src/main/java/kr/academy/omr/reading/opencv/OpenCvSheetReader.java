package kr.academy.omr.reading.opencv;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.warpPerspective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.util.Optional;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.PreprocessingStep;
import kr.academy.omr.reading.BubbleSampler;
import kr.academy.omr.reading.MarkReading;
import kr.academy.omr.reading.ReadingRules;
import kr.academy.omr.reading.SheetReader;
import kr.academy.omr.reading.SheetReading;
import kr.academy.omr.reading.SheetReading.Alignment;
import kr.academy.omr.reading.SheetUnreadable;
import kr.academy.pages.PageImage;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads answer sheets with OpenCV (docs/omr.md, "Reading a sheet"): the sheet is found on a copy
 * {@value #PROCESSING_WIDTH} pixels wide (OMRChecker's processing width) — by its four corner
 * markers when the template has CropOnMarkers, else by its outline, else the whole image — then the
 * full image is warped once onto the template's page, its shading evened out and the template's
 * image steps applied, and the marks are judged by {@link MarkReading}. Thread-safe: every image
 * lives in the call's own pointer scope and is freed when it ends.
 */
@ApplicationScoped
public class OpenCvSheetReader implements SheetReader {

  static final int PROCESSING_WIDTH = 666;

  /** OMRChecker's default {@code morphKernel} for CropPage. */
  private static final int[] DEFAULT_MORPH_KERNEL = {10, 10};

  private ReadingRules rules;

  /** For CDI's proxy. */
  protected OpenCvSheetReader() {}

  @Inject
  public OpenCvSheetReader(
      @ConfigProperty(
              name = "academy.omr.reading.min-jump",
              defaultValue = "" + ReadingRules.DEFAULT_MIN_JUMP)
          double minJump,
      @ConfigProperty(
              name = "academy.omr.reading.confident-surplus",
              defaultValue = "" + ReadingRules.DEFAULT_CONFIDENT_SURPLUS)
          double confidentSurplus,
      @ConfigProperty(
              name = "academy.omr.reading.low-confidence",
              defaultValue = "" + ReadingRules.DEFAULT_LOW_CONFIDENCE)
          double lowConfidence,
      @ConfigProperty(
              name = "academy.omr.reading.min-print-contrast",
              defaultValue = "" + ReadingRules.DEFAULT_MIN_PRINT_CONTRAST)
          double minPrintContrast,
      @ConfigProperty(
              name = "academy.omr.reading.min-printed-share",
              defaultValue = "" + ReadingRules.DEFAULT_MIN_PRINTED_SHARE)
          double minPrintedShare) {
    this(
        new ReadingRules(
            minJump, confidentSurplus, lowConfidence, minPrintContrast, minPrintedShare));
  }

  public OpenCvSheetReader(ReadingRules rules) {
    this.rules = rules;
  }

  @Override
  public SheetReading read(PageImage sheet, OmrLayout layout, Optional<MarkerImage> marker) {
    try (PointerScope scope = new PointerScope()) {
      Mat image = Images.mat(sheet);
      double factor = Math.min(1, PROCESSING_WIDTH / (double) image.cols());
      Mat small = Images.scaled(image, factor);
      Optional<double[]> outline = PageOutline.find(small, morphKernel(layout));
      Optional<PreprocessingStep> markers =
          layout.preprocessing().stream()
              .filter(s -> s.name().equals(PreprocessingStep.CROP_ON_MARKERS))
              .findFirst();
      if (markers.isPresent()) {
        double[] centres =
            markerCentres(small, outline, new CornerMarkers(markers.get().options()), marker);
        return readOn(
            image, Images.applyAll(Images.scaling(1 / factor), centres), layout, Alignment.MARKERS);
      }
      SheetUnreadable outlineFailure = null;
      if (outline.isPresent()) {
        try {
          return readOn(
              image,
              Images.applyAll(Images.scaling(1 / factor), outline.get()),
              layout,
              Alignment.PAGE_OUTLINE);
        } catch (SheetUnreadable e) {
          outlineFailure = e;
        }
      }
      double w = image.cols();
      double h = image.rows();
      try {
        return readOn(image, new double[] {0, 0, w, 0, w, h, 0, h}, layout, Alignment.WHOLE_IMAGE);
      } catch (SheetUnreadable e) {
        throw new SheetUnreadable(
            (outlineFailure == null
                    ? "no edge of a sheet was found on the image, and read as a flat scan: "
                    : "neither the sheet's outline nor the whole image lines up with the template: ")
                + e.getMessage());
      }
    }
  }

  /**
   * The markers' centres on {@code small}: first on the sheet cut out along its outline, where no
   * background can look like a marker, then, if that fails, on the whole image (a flat scan whose
   * "outline" was something printed on it).
   */
  private static double[] markerCentres(
      Mat small, Optional<double[]> outline, CornerMarkers markers, Optional<MarkerImage> marker) {
    MarkerImage image =
        marker.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the template has CropOnMarkers but no marker image was given"));
    Mat markerGray = imdecode(new Mat(new BytePointer(image.bytes())), IMREAD_GRAYSCALE);
    if (markerGray == null || markerGray.empty()) {
      throw new IllegalArgumentException("the template's marker image cannot be decoded");
    }
    if (outline.isPresent()) {
      double[] corners = outline.get();
      double width = Math.hypot(corners[2] - corners[0], corners[3] - corners[1]);
      double height = Math.hypot(corners[6] - corners[0], corners[7] - corners[1]);
      int cutWidth = PROCESSING_WIDTH;
      int cutHeight = (int) Math.round(PROCESSING_WIDTH * height / width);
      double[] onto = Images.onto(corners, cutWidth, cutHeight);
      Mat cut = new Mat();
      warpPerspective(small, cut, Images.mat(onto), new Size(cutWidth, cutHeight));
      try {
        return Images.applyAll(Images.inverse(onto), markers.find(cut, markerGray));
      } catch (SheetUnreadable e) {
        // Fall through to the whole image.
      }
    }
    return markers.find(small, markerGray);
  }

  private SheetReading readOn(Mat image, double[] corners, OmrLayout layout, Alignment alignment) {
    Mat page = new Mat();
    warpPerspective(
        image,
        page,
        Images.mat(Images.onto(corners, layout.pageWidth(), layout.pageHeight())),
        new Size(layout.pageWidth(), layout.pageHeight()),
        INTER_LINEAR,
        BORDER_REPLICATE,
        null);
    PageImage straightened = Images.page(PageSteps.apply(page, layout), 0);
    return MarkReading.read(layout, BubbleSampler.sample(straightened, layout), alignment, rules);
  }

  private static int[] morphKernel(OmrLayout layout) {
    return layout.preprocessing().stream()
        .filter(s -> s.name().equals("CropPage") && s.options().containsKey("morphKernel"))
        .map(s -> s.options().getJsonArray("morphKernel"))
        .map(OpenCvSheetReader::pair)
        .findFirst()
        .orElse(DEFAULT_MORPH_KERNEL);
  }

  private static int[] pair(JsonArray array) {
    return new int[] {array.getJsonNumber(0).intValue(), array.getJsonNumber(1).intValue()};
  }
}
