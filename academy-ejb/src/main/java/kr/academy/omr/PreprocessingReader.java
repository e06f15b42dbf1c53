package kr.academy.omr;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * OMRChecker's {@code preProcessors}: {@code [{"name", "options"}]}, each name and its options as
 * OMRChecker's template schema (src/schemas/template_schema.py) allows them, with the further
 * limits OpenCV puts on them. {@code FeatureBasedAlignment} is refused: it aligns each sheet to a
 * reference photo of a whole sheet by ORB feature matching, which the grader does not do. Any other
 * name is unknown (docs/omr.md).
 */
final class PreprocessingReader {

  static final Set<String> HONOURED =
      Set.of("CropPage", PreprocessingStep.CROP_ON_MARKERS, "Levels", "GaussianBlur", "MedianBlur");

  private final TemplateReading reading;

  PreprocessingReader(TemplateReading reading) {
    this.reading = reading;
  }

  List<PreprocessingStep> read(JsonValue value, String path) {
    List<PreprocessingStep> steps = new ArrayList<>();
    JsonArray array = reading.array(value, path);
    if (array == null) {
      return steps;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      JsonObject step = reading.object(array.get(i), at);
      if (step == null) {
        continue;
      }
      reading.keys(step, at, Set.of("name", "options"), Set.of("name", "options"));
      String name =
          step.containsKey("name") ? reading.string(step.get("name"), at + ".name") : null;
      JsonObject options =
          step.containsKey("options") ? reading.object(step.get("options"), at + ".options") : null;
      if (name == null || options == null) {
        continue;
      }
      if (options(name, options, at)) {
        steps.add(new PreprocessingStep(name, options));
      }
    }
    if (steps.stream().filter(s -> s.name().equals(PreprocessingStep.CROP_ON_MARKERS)).count()
        > 1) {
      reading.problem(path, "CropOnMarkers may appear once: a template carries one marker image");
    }
    return steps;
  }

  /** Whether the step is one the grader applies, with options it can apply. */
  private boolean options(String name, JsonObject options, String at) {
    String path = at + ".options";
    switch (name) {
      case "CropPage" -> {
        reading.keys(options, path, Set.of("morphKernel"), Set.of());
        ifPresent(
            options, "morphKernel", v -> reading.twoIntegers(v, path + ".morphKernel", 1, 1000));
      }
      case PreprocessingStep.CROP_ON_MARKERS -> cropOnMarkers(options, path);
      case "Levels" -> levels(options, path);
      case "GaussianBlur" -> {
        reading.keys(options, path, Set.of("kSize", "sigmaX"), Set.of());
        ifPresent(
            options,
            "kSize",
            v -> {
              int[] size = reading.twoIntegers(v, path + ".kSize", 1, 99);
              if (size != null && (size[0] % 2 == 0 || size[1] % 2 == 0)) {
                reading.problem(path + ".kSize", "OpenCV's Gaussian blur needs odd kernel sizes");
              }
            });
        ifPresent(options, "sigmaX", v -> reading.number(v, path + ".sigmaX", 0, 100));
      }
      case "MedianBlur" -> {
        reading.keys(options, path, Set.of("kSize"), Set.of());
        ifPresent(
            options,
            "kSize",
            v -> {
              Integer size = reading.integer(v, path + ".kSize", 3, 99);
              if (size != null && size % 2 == 0) {
                reading.problem(path + ".kSize", "OpenCV's median blur needs an odd kernel size");
              }
            });
      }
      case "FeatureBasedAlignment" -> {
        reading.problem(
            at + ".name",
            "FeatureBasedAlignment is not supported: it aligns every sheet to a reference image of a"
                + " whole sheet by feature matching, which the grader does not do; align with"
                + " CropOnMarkers or CropPage");
        return false;
      }
      default -> {
        reading.problem(
            at + ".name",
            "'"
                + name
                + "' is not a preprocessor the grader applies; supported: CropPage, CropOnMarkers,"
                + " Levels, GaussianBlur, MedianBlur");
        return false;
      }
    }
    return true;
  }

  private void cropOnMarkers(JsonObject options, String path) {
    reading.keys(
        options,
        path,
        Set.of(
            "relativePath",
            "sheetToMarkerWidthRatio",
            "min_matching_threshold",
            "max_matching_variation",
            "marker_rescale_range",
            "marker_rescale_steps",
            "apply_erode_subtract"),
        Set.of("relativePath"));
    ifPresent(options, "relativePath", v -> reading.string(v, path + ".relativePath"));
    ifPresent(
        options,
        "sheetToMarkerWidthRatio",
        v -> reading.number(v, path + ".sheetToMarkerWidthRatio", 1, 1000));
    ifPresent(
        options,
        "min_matching_threshold",
        v -> reading.number(v, path + ".min_matching_threshold", 0, 1));
    ifPresent(
        options,
        "max_matching_variation",
        v -> reading.number(v, path + ".max_matching_variation", 0, 1));
    ifPresent(
        options,
        "marker_rescale_range",
        v -> {
          double[] range = reading.twoNumbers(v, path + ".marker_rescale_range", 1, 1000);
          if (range != null && range[0] >= range[1]) {
            reading.problem(
                path + ".marker_rescale_range", "the first scale must be below the second");
          }
        });
    ifPresent(
        options,
        "marker_rescale_steps",
        v -> reading.integer(v, path + ".marker_rescale_steps", 1, 100));
    ifPresent(
        options, "apply_erode_subtract", v -> reading.bool(v, path + ".apply_erode_subtract"));
  }

  /**
   * OMRChecker maps {@code low}..{@code high} (fractions of 255) onto the full range and raises it
   * to {@code 1/gamma}: low must stay below high and gamma above 0.
   */
  private void levels(JsonObject options, String path) {
    reading.keys(options, path, Set.of("low", "high", "gamma"), Set.of());
    Double low =
        options.containsKey("low") ? reading.number(options.get("low"), path + ".low", 0, 1) : 0d;
    Double high =
        options.containsKey("high")
            ? reading.number(options.get("high"), path + ".high", 0, 1)
            : 1d;
    if (low != null && high != null && low >= high) {
      reading.problem(path + ".high", "high must be above low");
    }
    Double gamma =
        options.containsKey("gamma")
            ? reading.number(options.get("gamma"), path + ".gamma", 0, 1)
            : 1d;
    if (gamma != null && gamma == 0) {
      reading.problem(path + ".gamma", "gamma must be above 0");
    }
  }

  private static void ifPresent(
      JsonObject options, String key, java.util.function.Consumer<JsonValue> check) {
    if (options.containsKey(key)) {
      check.accept(options.get(key));
    }
  }
}
