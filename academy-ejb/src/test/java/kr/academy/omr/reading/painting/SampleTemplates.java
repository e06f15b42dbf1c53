package kr.academy.omr.reading.painting;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateReader;

/**
 * OMRChecker's sample templates as the template reader reads them (academy-ejb's test resources
 * {@code omr/omrchecker}, shipped in its test jar): sample1 aligns on four corner markers, the UPSC
 * mock sheet on its outline.
 */
public final class SampleTemplates {

  private SampleTemplates() {}

  /** OMRChecker's sample1: CropPage then CropOnMarkers, 1846 × 1500, 35 fields. */
  public static OmrLayout sample1() {
    return layout("sample1-template.json");
  }

  /** OMRChecker's UPSC mock sheet: CropPage only, 1800 × 2400, 113 fields. */
  public static OmrLayout upscMock() {
    return layout("upsc-mock-template.json");
  }

  public static OmrLayout layout(String name) {
    try (InputStream in = SampleTemplates.class.getResourceAsStream("/omr/omrchecker/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample template " + name);
      }
      JsonObject template = Json.createReader(in).readObject();
      boolean markers = template.toString().contains("CropOnMarkers");
      return TemplateReader.read(null, template, markers ? SheetPainter.marker() : null).layout();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
