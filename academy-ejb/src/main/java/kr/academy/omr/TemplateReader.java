package kr.academy.omr;

import jakarta.json.JsonObject;
import java.util.List;
import kr.academy.common.DomainException;

/**
 * Turns an uploaded template into an {@link OmrLayout}, or refuses it with every problem and its
 * JSON path. The format may be named; otherwise it is told from the keys: OMRChecker's has {@code
 * fieldBlocks}, the academy's {@code fields}.
 */
public final class TemplateReader {

  /** The template as understood, in its format. */
  public record Read(TemplateFormat format, OmrLayout layout) {}

  private static final String PATH = "template";

  private TemplateReader() {}

  public static Read read(TemplateFormat format, JsonObject template, MarkerImage marker) {
    TemplateFormat chosen = format != null ? format : detect(template);
    TemplateReading reading = new TemplateReading();
    OmrLayout layout;
    if (chosen == TemplateFormat.OMRCHECKER) {
      layout = new OmrCheckerTemplates(reading).read(template, PATH);
      reading.throwIfFailed();
      List<TemplateField> fields = layout.fields();
      LayoutChecks.check(
          layout, i -> PATH + ".fieldBlocks." + fields.get(i).block(), PATH, reading);
    } else {
      layout = new AcademyTemplates(reading).read(template, PATH);
      reading.throwIfFailed();
      LayoutChecks.check(layout, i -> PATH + ".fields[" + i + "]", PATH, reading);
    }
    reading.throwIfFailed();
    if (layout.usesMarker() && marker == null) {
      throw DomainException.invalid(
          "markerImage",
          "the template crops on markers (CropOnMarkers): send the marker image as markerImage,"
              + " base64 of a JPEG or PNG");
    }
    if (!layout.usesMarker() && marker != null) {
      throw DomainException.invalid(
          "markerImage",
          "markerImage is only used by a CropOnMarkers step, which this template has not");
    }
    return new Read(chosen, layout);
  }

  private static TemplateFormat detect(JsonObject template) {
    if (template.containsKey("fieldBlocks")) {
      return TemplateFormat.OMRCHECKER;
    }
    if (template.containsKey("fields")) {
      return TemplateFormat.ACADEMY;
    }
    throw DomainException.invalid(
        "format",
        "the template has neither fieldBlocks (OMRChecker's template.json) nor fields (the"
            + " academy's format); name the format as OMRCHECKER or ACADEMY");
  }
}
