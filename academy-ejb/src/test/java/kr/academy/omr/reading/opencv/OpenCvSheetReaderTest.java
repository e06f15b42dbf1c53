package kr.academy.omr.reading.opencv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.PreprocessingStep;
import kr.academy.omr.TemplateField;
import kr.academy.omr.reading.FieldReading;
import kr.academy.omr.reading.ReadingFlag;
import kr.academy.omr.reading.ReadingRules;
import kr.academy.omr.reading.SheetReading;
import kr.academy.omr.reading.SheetReading.Alignment;
import kr.academy.omr.reading.SheetUnreadable;
import kr.academy.omr.reading.painting.Camera;
import kr.academy.omr.reading.painting.Mark;
import kr.academy.omr.reading.painting.SampleTemplates;
import kr.academy.omr.reading.painting.SheetMarks;
import kr.academy.omr.reading.painting.SheetPainter;
import kr.academy.omr.reading.painting.Shot;
import kr.academy.pages.PageImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Painted sheets of OMRChecker's sample templates read back: sample1 aligns on its corner markers,
 * the UPSC mock sheet on its outline or as a flat scan; scanned straight, turned ±10°, shadowed and
 * photographed.
 */
class OpenCvSheetReaderTest {

  private static final OmrLayout SAMPLE1 = SampleTemplates.sample1();
  private static final OmrLayout UPSC = SampleTemplates.upscMock();
  private static final Optional<MarkerImage> MARKER = Optional.of(SheetPainter.marker());
  private static final SheetMarks.Mix FIRM = new SheetMarks.Mix(4, 0, 0, 0);

  private final OpenCvSheetReader reader = new OpenCvSheetReader(ReadingRules.DEFAULTS);

  static Stream<Arguments> shots() {
    return Stream.of(
        Arguments.of("flat scan", Shot.clean(), Alignment.WHOLE_IMAGE),
        Arguments.of("turned 10° on a gray lid", Shot.rotated(10), Alignment.PAGE_OUTLINE),
        Arguments.of("turned -10° on a gray lid", Shot.rotated(-10), Alignment.PAGE_OUTLINE),
        Arguments.of(
            "turned -5° on a light gray lid",
            new Shot(-5, 0, 0, 177, 0.85, 2, 90),
            Alignment.PAGE_OUTLINE),
        Arguments.of("shadowed", Shot.shadowed(0.5), Alignment.WHOLE_IMAGE),
        Arguments.of("photographed", Shot.photographed(7), Alignment.PAGE_OUTLINE),
        Arguments.of("photographed the other way", Shot.photographed(-9), Alignment.PAGE_OUTLINE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shots")
  void sample1ReadsOnItsCornerMarkers(String name, Shot shot, Alignment ignored) {
    SheetMarks marks = SheetMarks.random(SAMPLE1, new Random(name.hashCode()), FIRM);

    SheetReading reading = read(SAMPLE1, marks, shot);

    assertEquals(Alignment.MARKERS, reading.alignment());
    assertReadsEveryField(SAMPLE1, marks, reading);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shots")
  void theUpscSheetReadsOnItsOutlineOrAsAFlatScan(String name, Shot shot, Alignment alignment) {
    SheetMarks marks = SheetMarks.random(UPSC, new Random(name.hashCode()), FIRM);

    SheetReading reading = read(UPSC, marks, shot);

    assertEquals(alignment, reading.alignment());
    assertReadsEveryField(UPSC, marks, reading);
  }

  @Test
  void faintDoubleErasedAndMissingMarksOnAPhotograph() {
    SheetMarks marks = SheetMarks.random(SAMPLE1, new Random(7), FIRM);
    for (String label : List.of("q1", "q2", "q3", "q4", "q10")) {
      marks.clear(label);
    }
    marks.mark("q1", "B", Mark.FAINT);
    marks.mark("q2", "A", Mark.FULL).mark("q2", "D", Mark.FULL);
    marks.mark("q3", "A", Mark.ERASED).mark("q3", "C", Mark.FULL);
    marks.mark("q10", "D", Mark.ERASED);

    SheetReading reading = read(SAMPLE1, marks, Shot.photographed(6));

    assertEquals(List.of("B"), field(reading, "q1").marked(), "a light pencil mark counts");
    FieldReading twice = field(reading, "q2");
    assertEquals("AD", twice.value());
    assertTrue(twice.flags().contains(ReadingFlag.MULTIPLE));
    FieldReading erased = field(reading, "q3");
    assertTrue(
        erased.value().equals("C") || erased.flags().contains(ReadingFlag.LOW_CONFIDENCE),
        "a rubbed-out answer is not read, or is flagged: " + erased);
    FieldReading blank = field(reading, "q4");
    assertEquals("", blank.value());
    assertEquals(Set.of(ReadingFlag.BLANK), blank.flags());
    FieldReading onlyErased = field(reading, "q10");
    assertTrue(
        onlyErased.value().isEmpty() || onlyErased.flags().contains(ReadingFlag.LOW_CONFIDENCE),
        "a rubbed-out answer alone is blank, or flagged: " + onlyErased);
  }

  @Test
  void theRollNumberJoinsItsFieldsAsOmrCheckersCustomLabels() {
    SheetMarks marks = SheetMarks.random(SAMPLE1, new Random(3), FIRM);
    marks.clear("Medium").mark("Medium", "H", Mark.FULL);
    String roll = "240917385";
    for (int digit = 1; digit <= 9; digit++) {
      marks.clear("roll" + digit).mark("roll" + digit, roll.substring(digit - 1, digit), Mark.FULL);
    }

    SheetReading reading = read(SAMPLE1, marks, Shot.rotated(-4));

    assertEquals("H" + roll, reading.customValues().get("Roll"));
  }

  @Test
  void aHiddenCornerMarkerIsNamed() {
    SheetPainter painter = new SheetPainter(SAMPLE1);
    PageImage sheet = painter.paint(SheetMarks.random(SAMPLE1, new Random(1), FIRM), 1);
    PageImage covered = blankRegion(sheet, sheet.width() * 4 / 5, sheet.height() * 4 / 5);

    SheetUnreadable unreadable =
        assertThrows(SheetUnreadable.class, () -> reader.read(covered, SAMPLE1, MARKER));

    assertTrue(unreadable.getMessage().contains("bottom-right"), unreadable.getMessage());
    assertFalse(unreadable.getMessage().contains("top-left"), unreadable.getMessage());
  }

  @Test
  void theMarkerOptionsOfTheTemplateAreHonoured() {
    PageImage sheet =
        paint(SAMPLE1, SheetMarks.random(SAMPLE1, new Random(5), FIRM), Shot.rotated(6));
    OmrLayout demanding =
        withMarkerOptions(
            Json.createObjectBuilder()
                .add("relativePath", "omr_marker.jpg")
                .add("sheetToMarkerWidthRatio", 17)
                .add("min_matching_threshold", 0.99)
                .build());
    OmrLayout wrongScales =
        withMarkerOptions(
            Json.createObjectBuilder()
                .add("relativePath", "omr_marker.jpg")
                .add("sheetToMarkerWidthRatio", 17)
                .add("marker_rescale_range", Json.createArrayBuilder().add(5).add(15))
                .add("marker_rescale_steps", 2)
                .build());

    SheetUnreadable tooStrict =
        assertThrows(SheetUnreadable.class, () -> reader.read(sheet, demanding, MARKER));
    assertTrue(tooStrict.getMessage().contains("at least 0.99"), tooStrict.getMessage());
    assertThrows(SheetUnreadable.class, () -> reader.read(sheet, wrongScales, MARKER));
    assertEquals(Alignment.MARKERS, reader.read(sheet, SAMPLE1, MARKER).alignment());
  }

  @Test
  void aSheetOfAnotherTemplateWithoutMarkersIsRefused() {
    PageImage upscSheet = paint(UPSC, SheetMarks.random(UPSC, new Random(2), FIRM), Shot.clean());

    SheetUnreadable unreadable =
        assertThrows(SheetUnreadable.class, () -> reader.read(upscSheet, SAMPLE1, MARKER));

    // Its bubble grid can pass for markers at OMRChecker's low minimum match (0.3); then the
    // bubbles do not line up.
    String message = unreadable.getMessage();
    assertTrue(
        message.contains("corner markers were not found")
            || message.contains("the template's bubbles are not on this sheet"),
        message);
  }

  @Test
  void aSheetOfAnotherTemplateIsRefusedWhereItsBubblesAreNot() {
    OmrLayout sample1WithoutMarkers =
        new OmrLayout(
            SAMPLE1.pageWidth(),
            SAMPLE1.pageHeight(),
            UPSC.preprocessing(),
            SAMPLE1.fields(),
            SAMPLE1.customLabels(),
            SAMPLE1.outputColumns());
    for (Shot shot : List.of(Shot.clean(), Shot.photographed(5))) {
      PageImage otherSheet =
          paint(sample1WithoutMarkers, SheetMarks.random(SAMPLE1, new Random(4), FIRM), shot);

      SheetUnreadable unreadable =
          assertThrows(
              SheetUnreadable.class, () -> reader.read(otherSheet, UPSC, Optional.empty()));

      assertTrue(
          unreadable.getMessage().contains("the template's bubbles are not on this sheet"),
          unreadable.getMessage());
    }
  }

  @ParameterizedTest(name = "gray {0}")
  @ValueSource(ints = {0, 120, 245})
  void aPictureOfNoSheetIsRefused(int gray) {
    byte[] plain = new byte[1200 * 1600];
    Arrays.fill(plain, (byte) gray);
    PageImage picture = Camera.shoot(new PageImage(1200, 1600, 0, plain), Shot.photographed(3), 5);

    SheetUnreadable unreadable =
        assertThrows(SheetUnreadable.class, () -> reader.read(picture, UPSC, Optional.empty()));

    assertTrue(unreadable.getMessage().contains("not an answer sheet"), unreadable.getMessage());
  }

  @Test
  void aThumbnailIsRefusedNotCrashedOn() {
    PageImage thumbnail = new PageImage(8, 6, 0, new byte[48]);

    assertThrows(SheetUnreadable.class, () -> reader.read(thumbnail, SAMPLE1, MARKER));
    assertThrows(SheetUnreadable.class, () -> reader.read(thumbnail, UPSC, Optional.empty()));
  }

  private SheetReading read(OmrLayout layout, SheetMarks marks, Shot shot) {
    return reader.read(
        paint(layout, marks, shot), layout, layout.usesMarker() ? MARKER : Optional.empty());
  }

  private static PageImage paint(OmrLayout layout, SheetMarks marks, Shot shot) {
    return Camera.shoot(new SheetPainter(layout).paint(marks, 11), shot, 13);
  }

  private static void assertReadsEveryField(
      OmrLayout layout, SheetMarks marks, SheetReading reading) {
    List<String> wrong = new ArrayList<>();
    for (int f = 0; f < layout.fields().size(); f++) {
      TemplateField field = layout.fields().get(f);
      FieldReading read = reading.fields().get(f);
      Set<ReadingFlag> expectedFlags =
          marks.of(field.label()).isEmpty() ? Set.of(ReadingFlag.BLANK) : Set.of();
      if (!read.value().equals(marks.expected(field)) || !read.flags().equals(expectedFlags)) {
        wrong.add(field.label() + ": expected " + marks.expected(field) + ", read " + read);
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static OmrLayout withMarkerOptions(JsonObject options) {
    return new OmrLayout(
        SAMPLE1.pageWidth(),
        SAMPLE1.pageHeight(),
        SAMPLE1.preprocessing().stream()
            .map(
                step ->
                    step.name().equals(PreprocessingStep.CROP_ON_MARKERS)
                        ? new PreprocessingStep(step.name(), options)
                        : step)
            .toList(),
        SAMPLE1.fields(),
        SAMPLE1.customLabels(),
        SAMPLE1.outputColumns());
  }

  private static FieldReading field(SheetReading reading, String label) {
    return reading.fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
  }

  /** {@code sheet} with everything right of x and below y painted over with paper. */
  private static PageImage blankRegion(PageImage sheet, int x, int y) {
    byte[] gray = sheet.gray().clone();
    for (int row = y; row < sheet.height(); row++) {
      for (int column = x; column < sheet.width(); column++) {
        gray[row * sheet.width() + column] = (byte) 245;
      }
    }
    return new PageImage(sheet.width(), sheet.height(), sheet.dpi(), gray);
  }
}
