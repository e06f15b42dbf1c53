package kr.academy.omr.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.academy.omr.Bubble;
import kr.academy.omr.FieldKind;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.PreprocessingStep;
import kr.academy.omr.TemplateField;
import kr.academy.omr.reading.SheetReading.Alignment;
import org.junit.jupiter.api.Test;

/** The threshold, confidence and flags of a sheet, from bubble means alone: no image. */
class MarkReadingTest {

  private static final double PAPER = 235;
  private static final double PRINTED = 40;

  @Test
  void aFirmMarkPerFieldReadsSurely() {
    SheetReading reading = read(row(60, PAPER, PAPER, PAPER), row(PAPER, PAPER, 55, PAPER));

    assertEquals(List.of("A", "C"), values(reading));
    assertTrue(reading.fields().get(0).confidence() > 0.95, reading.fields().get(0).toString());
    assertEquals(Set.of(), reading.fields().get(0).flags());
    assertTrue(reading.threshold() > 60 && reading.threshold() < PAPER);
  }

  @Test
  void aFaintMarkClearlyDarkerThanTheUnmarkedBubblesCountsButIsFlagged() {
    SheetReading reading =
        read(
            row(60, PAPER, PAPER, PAPER),
            row(PAPER, 170, PAPER, PAPER),
            row(PAPER, PAPER, 50, PAPER));

    assertEquals(List.of("A", "B", "C"), values(reading));
    FieldReading faint = reading.fields().get(1);
    assertEquals(
        Set.of(ReadingFlag.LOW_CONFIDENCE), faint.flags(), "a third as dark as the others");
    assertTrue(faint.confidence() < ReadingRules.DEFAULT_LOW_CONFIDENCE);
    assertEquals(Set.of(), reading.fields().get(0).flags(), "firm marks stay sure");
  }

  @Test
  void aWholeSheetInLightPencilReadsWithoutFlags() {
    SheetReading reading = read(row(170, PAPER, PAPER, PAPER), row(PAPER, 165, PAPER, PAPER));

    assertEquals(List.of("A", "B"), values(reading));
    assertEquals(Set.of(), reading.fields().get(1).flags());
  }

  @Test
  void anErasedMarkBesideTheAnswerIsNotReadOrIsFlagged() {
    for (double smudge : new double[] {228, 222, 215, 205, 195}) {
      SheetReading reading =
          read(
              row(60, smudge, PAPER, PAPER),
              row(PAPER, PAPER, 55, PAPER),
              row(PAPER, 58, PAPER, PAPER));
      FieldReading field = reading.fields().get(0);
      assertTrue(
          field.value().equals("A") || field.flags().contains(ReadingFlag.LOW_CONFIDENCE),
          "smudge at " + smudge + ": " + field);
    }
  }

  @Test
  void aFieldWithTwoMarksIsMultipleWithBothValues() {
    SheetReading reading = read(row(60, PAPER, 62, PAPER), row(PAPER, 58, PAPER, PAPER));

    FieldReading twice = reading.fields().get(0);
    assertEquals("AC", twice.value());
    assertEquals(List.of("A", "C"), twice.marked());
    assertEquals(Set.of(ReadingFlag.MULTIPLE), twice.flags());
  }

  @Test
  void anUnmarkedFieldIsBlankAndReadsItsEmptyValue() {
    SheetReading reading = read(row(PAPER, PAPER, PAPER, PAPER), row(PAPER, 58, PAPER, PAPER));

    assertEquals("-", reading.fields().get(0).value());
    assertEquals(Set.of(ReadingFlag.BLANK), reading.fields().get(0).flags());
  }

  @Test
  void aSheetWithNoMarkAtAllIsBlankEverywhere() {
    SheetReading reading = read(row(PAPER, 233, PAPER, 236), row(234, PAPER, PAPER, PAPER));

    assertTrue(
        reading.fields().stream().allMatch(f -> f.flags().equals(Set.of(ReadingFlag.BLANK))));
  }

  @Test
  void aFieldWhoseOwnJumpDisagreesWithTheSheetIsFlagged() {
    // Dark and faint in one field: the sheet counts both, the field alone would count only the
    // dark one.
    SheetReading reading = read(row(50, 175, PAPER, PAPER), row(PAPER, 165, PAPER, PAPER));

    FieldReading field = reading.fields().get(0);
    assertEquals("AB", field.value());
    assertTrue(field.flags().containsAll(Set.of(ReadingFlag.MULTIPLE, ReadingFlag.LOW_CONFIDENCE)));
  }

  @Test
  void customLabelsJoinTheirFieldsInOrder() {
    OmrLayout layout = layout(3, Map.of("number", List.of("f2", "f0")));
    SheetReading reading =
        MarkReading.read(
            layout,
            samples(
                row(PAPER, 60, PAPER, PAPER),
                row(PAPER, PAPER, PAPER, PAPER),
                row(PAPER, PAPER, PAPER, 60)),
            Alignment.WHOLE_IMAGE,
            ReadingRules.DEFAULTS);

    assertEquals(Map.of("number", "DB"), reading.customValues());
  }

  @Test
  void bubblesWithoutPrintMeanAnotherTemplatesSheet() {
    OmrLayout layout = layout(2, Map.of());
    List<List<BubbleSample>> blankPaper = new ArrayList<>();
    for (int f = 0; f < 2; f++) {
      blankPaper.add(List.of(plain(PAPER), plain(PAPER), plain(PAPER), plain(PAPER)));
    }

    SheetUnreadable unreadable =
        assertThrows(
            SheetUnreadable.class,
            () ->
                MarkReading.read(layout, blankPaper, Alignment.WHOLE_IMAGE, ReadingRules.DEFAULTS));
    assertTrue(unreadable.getMessage().contains("only 0% of them"), unreadable.getMessage());
  }

  @Test
  void theThresholdSitsInTheJumpNearestTheUnmarkedLevel() {
    SheetThreshold threshold =
        SheetThreshold.of(
            new double[] {40, 45, 150, PAPER, PAPER, 233, 236, PAPER}, ReadingRules.DEFAULTS);

    assertEquals((150 + 233) / 2.0, threshold.threshold(), 1e-9);
    assertEquals((233 + PAPER) / 2, threshold.unmarkedLevel(), 1e-9, "the median");
    assertEquals(45, threshold.markedLevel(), 1e-9);
  }

  private static SheetReading read(double[]... rows) {
    return MarkReading.read(
        layout(rows.length, Map.of()), samples(rows), Alignment.MARKERS, ReadingRules.DEFAULTS);
  }

  private static double[] row(double... means) {
    return means;
  }

  private static List<List<BubbleSample>> samples(double[]... rows) {
    List<List<BubbleSample>> samples = new ArrayList<>();
    for (double[] row : rows) {
      List<BubbleSample> field = new ArrayList<>();
      for (double mean : row) {
        field.add(new BubbleSample(mean, PRINTED));
      }
      samples.add(field);
    }
    return samples;
  }

  private static BubbleSample plain(double mean) {
    return new BubbleSample(mean, 2);
  }

  private static List<String> values(SheetReading reading) {
    return reading.fields().stream().map(FieldReading::value).toList();
  }

  private static OmrLayout layout(int fields, Map<String, List<String>> customLabels) {
    List<TemplateField> list = new ArrayList<>();
    for (int f = 0; f < fields; f++) {
      List<Bubble> bubbles = new ArrayList<>();
      for (int b = 0; b < 4; b++) {
        bubbles.add(new Bubble(String.valueOf((char) ('A' + b)), 10 + 40 * b, 10 + 40 * f, 30, 30));
      }
      list.add(new TemplateField("f" + f, "block", FieldKind.MCQ, "-", bubbles));
    }
    return new OmrLayout(
        200,
        40 * fields + 20,
        List.of(new PreprocessingStep("CropPage", Json.createObjectBuilder().build())),
        list,
        customLabels,
        List.of());
  }
}
