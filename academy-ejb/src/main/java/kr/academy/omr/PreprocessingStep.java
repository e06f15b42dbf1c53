package kr.academy.omr;

import jakarta.json.JsonObject;

/**
 * One image step a sheet goes through before its bubbles are read, by OMRChecker's name, with the
 * options as the template gave them (checked against OMRChecker's schema; docs/omr.md).
 */
public record PreprocessingStep(String name, JsonObject options) {

  public static final String CROP_ON_MARKERS = "CropOnMarkers";
}
