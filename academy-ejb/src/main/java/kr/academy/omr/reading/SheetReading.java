package kr.academy.omr.reading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one sheet: how it was aligned, the threshold computed for it (0–255 on the
 * straightened page), every field in the template's order, and each custom label's value (its
 * fields' values joined in order, OMRChecker's {@code customLabels}, e.g. a student number).
 */
public record SheetReading(
    Alignment alignment,
    double threshold,
    List<FieldReading> fields,
    Map<String, String> customValues) {

  /** How the sheet was found on the image. */
  public enum Alignment {
    /** The template's four corner markers (CropOnMarkers). */
    MARKERS,
    /** The page's outline, straightened by a perspective transform. */
    PAGE_OUTLINE,
    /** The image is the page already (a flat scan without visible edges). */
    WHOLE_IMAGE
  }

  public SheetReading {
    fields = List.copyOf(fields);
    customValues = Collections.unmodifiableMap(new LinkedHashMap<>(customValues));
  }
}
