package kr.academy.omr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import kr.academy.common.DomainException;
import org.junit.jupiter.api.Test;

/** OMRChecker's own sample templates read as OMRChecker reads them, and templates refused. */
class TemplateReaderTest {

  private static final MarkerImage MARKER =
      new MarkerImage(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, "image/jpeg");

  @Test
  void sample1IsReadWithOmrCheckersBubblePositions() {
    TemplateReader.Read read = TemplateReader.read(null, sample("sample1-template.json"), MARKER);

    assertEquals(TemplateFormat.OMRCHECKER, read.format());
    OmrLayout layout = read.layout();
    assertEquals(1846, layout.pageWidth());
    assertEquals(1500, layout.pageHeight());
    assertEquals(35, layout.fields().size());
    assertEquals(21, layout.questionCount(), "6 custom labels and q1..4, q10..20");
    assertEquals(
        List.of("CropPage", "CropOnMarkers"),
        layout.preprocessing().stream().map(PreprocessingStep::name).toList());

    TemplateField medium = field(layout, "Medium");
    assertEquals(FieldKind.CUSTOM, medium.kind());
    assertEquals(new Bubble("E", 170, 282, 40, 40), medium.bubbles().get(0));
    assertEquals(new Bubble("H", 170, 323, 40, 40), medium.bubbles().get(1));

    TemplateField roll9 = field(layout, "roll9");
    assertEquals(FieldKind.INT, roll9.kind());
    assertEquals("Roll", roll9.block());
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), roll9.values());
    assertEquals(new Bubble("9", 225 + 8 * 58, 282 + 9 * 46, 40, 40), roll9.bubbles().get(9));

    TemplateField q4 = field(layout, "q4");
    assertEquals(FieldKind.MCQ, q4.kind());
    assertEquals(new Bubble("A", 121, 860 + 3 * 50, 40, 40), q4.bubbles().get(0));
    assertEquals(new Bubble("D", 121 + 3 * 59, 860 + 3 * 50, 40, 40), q4.bubbles().get(3));
    assertEquals(
        List.of(
            "Medium", "roll1", "roll2", "roll3", "roll4", "roll5", "roll6", "roll7", "roll8",
            "roll9"),
        layout.customLabels().get("Roll"));
  }

  @Test
  void fractionalGapsRoundHalfToEvenLikePython() {
    OmrLayout layout = TemplateReader.read(null, sample("upsc-mock-template.json"), null).layout();

    assertEquals(100 + 1 + 2 + 10, layout.fields().size());
    // 912 + 42.5 = 954.5: Python's round() gives 954, not 955.
    assertEquals(954, field(layout, "subjectCode2").bubbles().get(0).x());
    assertEquals(1286, field(layout, "roll3").bubbles().get(0).x(), "1200 + 2 x 42.8");
    TemplateField q2 = field(layout, "q2");
    assertEquals(
        List.of(500.0, 559.0, 618.0, 676.0), q2.bubbles().stream().map(Bubble::x).toList());
    assertEquals(960, q2.bubbles().get(0).y(), "927 + 32.65");
    assertEquals(new Bubble("30", 30, 25, 30, 25).width(), q2.bubbles().get(0).width());
  }

  @Test
  void twoHundredQuestionsWithAMarker() {
    OmrLayout layout =
        TemplateReader.read(
                TemplateFormat.OMRCHECKER, sample("umarfarootaps-template.json"), MARKER)
            .layout();

    assertEquals(204, layout.fields().size());
    assertEquals(201, layout.questionCount());
    assertTrue(layout.usesMarker());
  }

  @Test
  void theLayoutSurvivesStorage() {
    OmrLayout layout = TemplateReader.read(null, sample("sample1-template.json"), MARKER).layout();

    assertEquals(layout, LayoutJson.read(LayoutJson.write(layout).toString()));
  }

  @Test
  void aBlockOutsideThePageIsRefusedAtItsOrigin() {
    JsonObject template =
        edit("sample1-template.json", "/fieldBlocks/MCQ_Block_Q17/origin", "[1700, 1195]");

    DomainException e = refused(template, MARKER);

    assertEquals("INVALID_TEMPLATE", e.code());
    assertEquals("template.fieldBlocks.MCQ_Block_Q17.origin", e.details().get(0).field());
    assertTrue(e.getMessage().contains("falls outside the page"), e.getMessage());
  }

  @Test
  void anUnknownFieldTypeIsRefusedByName() {
    DomainException e =
        refused(
            edit("sample1-template.json", "/fieldBlocks/Roll/fieldType", "\"QTYPE_MCQ7\""), MARKER);

    assertEquals("template.fieldBlocks.Roll.fieldType", e.details().get(0).field());
    assertTrue(
        e.getMessage().contains("'QTYPE_MCQ7'") && e.getMessage().contains("QTYPE_INT_FROM_1"),
        e.getMessage());
  }

  @Test
  void featureBasedAlignmentIsRefusedNotIgnored() {
    JsonObject template =
        edit(
            "upsc-mock-template.json",
            "/preProcessors/0",
            "{\"name\": \"FeatureBasedAlignment\", \"options\": {\"reference\": \"ref.png\"}}");

    DomainException e = refused(template, null);

    assertEquals("template.preProcessors[0].name", e.details().get(0).field());
    assertTrue(e.getMessage().contains("FeatureBasedAlignment is not supported"), e.getMessage());
  }

  @Test
  void unknownPreprocessorsKeysAndOptionsAreRefused() {
    JsonObject template =
        edit(
            "upsc-mock-template.json",
            "/preProcessors/0",
            "{\"name\": \"CropOnLogo\", \"options\": {}}");
    assertEquals(
        "template.preProcessors[0].name", refused(template, null).details().get(0).field());

    template = edit("upsc-mock-template.json", "/preProcessors/0/options/dilate", "3");
    assertEquals(
        "template.preProcessors[0].options.dilate",
        refused(template, null).details().get(0).field());

    template =
        edit(
            "upsc-mock-template.json",
            "/preProcessors/0",
            "{\"name\": \"GaussianBlur\", \"options\": {\"kSize\": [4, 4]}}");
    assertEquals(
        "template.preProcessors[0].options.kSize",
        refused(template, null).details().get(0).field());

    template = edit("upsc-mock-template.json", "/options", "{}");
    assertEquals("template.options", refused(template, null).details().get(0).field());
  }

  @Test
  void cropOnMarkersNeedsTheMarkerImage() {
    DomainException e = refused(sample("sample1-template.json"), null);

    assertEquals("markerImage", e.details().get(0).field());
    assertEquals(
        "markerImage", refused(sample("upsc-mock-template.json"), MARKER).details().get(0).field());
  }

  @Test
  void overlappingBubblesAndRepeatedLabelsAreRefused() {
    JsonObject narrow = edit("upsc-mock-template.json", "/fieldBlocks/q01block/bubblesGap", "20");
    DomainException e = refused(narrow, null);
    assertEquals("template.fieldBlocks.q01block", e.details().get(0).field());
    assertTrue(e.getMessage().contains("overlaps"), e.getMessage());

    JsonObject repeated =
        edit("upsc-mock-template.json", "/fieldBlocks/q11block/fieldLabels", "[\"q10..20\"]");
    assertTrue(refused(repeated, null).getMessage().contains("'q10' is already used"));
  }

  @Test
  void labelRangesFollowOmrCheckersGrammar() {
    TemplateReading reading = new TemplateReading();
    assertEquals(List.of("q7", "q8", "q9"), FieldLabels.expand(List.of("q7...9"), "l", reading));
    assertEquals(List.of("roll1", "roll2"), FieldLabels.expand(List.of("roll1..2"), "l", reading));
    FieldLabels.expand(List.of("q5..3"), "l", reading);
    FieldLabels.expand(List.of("q.5"), "l", reading);
    FieldLabels.expand(List.of("q1..2000"), "l", reading);
    DomainException e = assertThrows(DomainException.class, reading::throwIfFailed);
    assertEquals(3, e.details().size());
  }

  @Test
  void theAcademysOwnFormat() {
    JsonObject template =
        json(
            """
            {"page": {"width": 600, "height": 800}, "bubble": {"width": 20, "height": 20},
             "fields": [
               {"label": "q1", "kind": "MCQ", "bubbles": [
                 {"value": "1", "x": 100, "y": 100}, {"value": "2", "x": 130, "y": 100}]},
               {"label": "q2", "kind": "MCQ", "block": "page1", "bubbles": [
                 {"value": "1", "x": 100, "y": 130, "width": 24, "height": 18}]}]}
            """);

    TemplateReader.Read read = TemplateReader.read(null, template, null);

    assertEquals(TemplateFormat.ACADEMY, read.format());
    assertEquals(new Bubble("2", 130, 100, 20, 20), read.layout().fields().get(0).bubbles().get(1));
    assertEquals(new Bubble("1", 100, 130, 24, 18), read.layout().fields().get(1).bubbles().get(0));

    JsonObject outside = edit(template, "/fields/1/bubbles/0/x", "590");
    assertEquals("template.fields[1]", refused(outside, null).details().get(0).field());
    JsonObject overlapping = edit(template, "/fields/0/bubbles/1/x", "110");
    assertTrue(refused(overlapping, null).getMessage().contains("overlaps"));
    JsonObject unknownKind = edit(template, "/fields/0/kind", "\"ESSAY\"");
    assertEquals("template.fields[0].kind", refused(unknownKind, null).details().get(0).field());
  }

  @Test
  void markerImagesAreJpegOrPng() {
    assertEquals("image/png", MarkerImage.decode("iVBORw0KGgoAAAA=", "markerImage").contentType());
    assertThrows(
        DomainException.class, () -> MarkerImage.decode("R0lGODlhAQABAAAAACw=", "markerImage"));
    assertThrows(DomainException.class, () -> MarkerImage.decode("not base64!", "markerImage"));
  }

  private static DomainException refused(JsonObject template, MarkerImage marker) {
    return assertThrows(DomainException.class, () -> TemplateReader.read(null, template, marker));
  }

  private static TemplateField field(OmrLayout layout, String label) {
    return layout.fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
  }

  private static JsonObject sample(String name) {
    try (InputStream in = TemplateReaderTest.class.getResourceAsStream("/omr/omrchecker/" + name)) {
      return Json.createReader(in).readObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonObject edit(String sample, String pointer, String value) {
    return edit(sample(sample), pointer, value);
  }

  /** The template with the value at {@code pointer} (RFC 6901) replaced or added. */
  private static JsonObject edit(JsonObject template, String pointer, String value) {
    return Json.createPointer(pointer)
        .add(template, Json.createReader(new StringReader(value)).readValue())
        .asJsonObject();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
