package kr.academy.ai.status;

import static kr.academy.ai.status.HomeworkStatus.BLANK;
import static kr.academy.ai.status.HomeworkStatus.COMPLETE;
import static kr.academy.ai.status.HomeworkStatus.PARTIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import kr.academy.ai.status.StatusOptions.StatusThresholds;
import kr.academy.ai.status.Worksheets.Scan;
import kr.academy.ai.status.opencv.OpencvSheetAlignment;
import kr.academy.pages.PageImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusDetectionTest {

  private static final BufferedImage SHEET = Worksheets.blank();
  private static final PageImage BLANK_SHEET = Worksheets.page(SHEET);

  private final StatusDetection detection =
      new StatusDetection(new OpencvSheetAlignment(), new StatusSettings());

  enum Scanned {
    CLEAN(Scan.CLEAN),
    CROOKED(Scan.CROOKED),
    DIRTY(Scan.DIRTY),
    PHONE(Scan.PHONE);

    final Scan scan;

    Scanned(Scan scan) {
      this.scan = scan;
    }
  }

  private static StatusOptions againstTheBlank(List<StatusRegion> regions) {
    return new StatusOptions(regions, Optional.of(BLANK_SHEET), Optional.empty());
  }

  private static List<HomeworkStatus> statuses(PageStatus page) {
    return page.regions().stream().map(AreaStatus::status).toList();
  }

  @ParameterizedTest
  @EnumSource(Scanned.class)
  void eachAnswerBoxIsJudgedOnItsOwnHowEverTheSheetWasScanned(Scanned scanned) {
    StatusCheck check = detection.prepare(againstTheBlank(Worksheets.answerRegions()));

    PageStatus untouched = check.detect(scanned.scan.of(SHEET));
    assertEquals(BLANK, untouched.status(), "printed questions are not homework");
    assertEquals(List.of(BLANK, BLANK, BLANK, BLANK), statuses(untouched));
    assertTrue(untouched.alignment().getAsDouble() > 0.8, "the scan matches its blank");

    PageStatus half = check.detect(scanned.scan.of(Worksheets.writeBoxes(SHEET, 0, 1)));
    assertEquals(PARTIAL, half.status());
    assertEquals(List.of(COMPLETE, COMPLETE, BLANK, BLANK), statuses(half));
    assertEquals(14, half.writtenLines());

    PageStatus done = check.detect(scanned.scan.of(Worksheets.writeBoxes(SHEET, 0, 1, 2, 3)));
    assertEquals(COMPLETE, done.status());
    assertEquals(List.of(COMPLETE, COMPLETE, COMPLETE, COMPLETE), statuses(done));
    assertTrue(done.inkRatio() > 0.05, "ink ratio " + done.inkRatio());
  }

  @ParameterizedTest
  @EnumSource(Scanned.class)
  void withoutRegionsTheBlanksFreeLinesAreTheWritingSpace(Scanned scanned) {
    StatusOptions options = againstTheBlank(List.of());
    assertEquals(BLANK, detection.detect(scanned.scan.of(SHEET), options).status());
    PageStatus half =
        detection.detect(scanned.scan.of(Worksheets.writeBoxes(SHEET, 1, 2)), options);
    assertEquals(PARTIAL, half.status());
    assertEquals(List.of(), half.regions());
    assertEquals(
        COMPLETE,
        detection
            .detect(scanned.scan.of(Worksheets.writeBoxes(SHEET, 0, 1, 2, 3)), options)
            .status());
  }

  @Test
  void aBoxWrittenOnItsFirstLinesIsPartial() {
    PageImage scan = Scan.PHONE.of(Worksheets.write(SHEET, 2, 3, 9));
    PageStatus page = detection.detect(scan, againstTheBlank(Worksheets.answerRegions()));
    assertEquals(List.of(BLANK, BLANK, PARTIAL, BLANK), statuses(page));
    AreaStatus third = page.regions().get(2);
    assertEquals("q3", third.name());
    assertEquals(3, third.writtenLines());
    assertEquals(7, third.lines());
  }

  @Test
  void withoutTheBlankThePrintCountsAsInk() {
    PageStatus page = detection.detect(Scan.CLEAN.of(SHEET), StatusOptions.wholePage());
    assertNotEquals(BLANK, page.status());
    assertTrue(page.alignment().isEmpty());
  }

  @Test
  void aNotebookPageIsJudgedByItsWrittenLinesThroughShadowAndNoise() {
    StatusOptions options = StatusOptions.wholePage();
    assertEquals(BLANK, detection.detect(Scan.DIRTY.of(Worksheets.notebook(0)), options).status());
    assertEquals(
        BLANK, detection.detect(Scan.DIRTY.of(Worksheets.notebookWithOneWord()), options).status());
    assertEquals(
        PARTIAL, detection.detect(Scan.DIRTY.of(Worksheets.notebook(18)), options).status());
    PageStatus full = detection.detect(Scan.DIRTY.of(Worksheets.notebook(38)), options);
    assertEquals(COMPLETE, full.status());
    assertTrue(full.writtenLines() >= 0.75 * full.lines(), full.toString());
  }

  @Test
  void aJobMayAskForItsOwnThresholds() {
    PageImage half = Scan.CLEAN.of(Worksheets.notebook(18));
    StatusOptions lenient =
        new StatusOptions(
            List.of(), Optional.empty(), Optional.of(new StatusThresholds(null, 0.4)));
    assertEquals(COMPLETE, detection.detect(half, lenient).status());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            detection.detect(
                half,
                new StatusOptions(
                    List.of(), Optional.empty(), Optional.of(new StatusThresholds(0.5, 0.4)))));
  }

  @Test
  void regionsMustLieOnThePageAndHaveNamesOfTheirOwn() {
    assertThrows(IllegalArgumentException.class, () -> new StatusRegion("q1", 0.5, 0, 0.6, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new StatusRegion(" ", 0, 0, 0.5, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new StatusRegion("q1", 0, 0, 0, 0.1));
    StatusRegion edge = new StatusRegion("edge", 1, 1, 1e-7, 1e-7);
    PageStatus sliver =
        detection.detect(
            Scan.CLEAN.of(Worksheets.notebook(0)),
            new StatusOptions(List.of(edge), Optional.empty(), Optional.empty()));
    assertEquals(BLANK, sliver.status());
    assertEquals(1, sliver.lines());
    StatusRegion q1 = new StatusRegion("q1", 0, 0, 1, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> new StatusOptions(List.of(q1, q1), Optional.empty(), Optional.empty()));
  }
}
