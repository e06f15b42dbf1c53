package kr.academy.ai.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import kr.academy.ai.status.SheetAlignment.Aligned;
import kr.academy.ai.status.Worksheets.Scan;
import kr.academy.ai.status.opencv.OpencvSheetAlignment;
import kr.academy.pages.PageImage;
import org.junit.jupiter.api.Test;

/** How closely a crooked, rescaled, written-on scan is laid back onto its blank. */
class AlignmentTest {

  private static final BufferedImage SHEET = Worksheets.blank();
  private static final PageImage BLANK = Paper.flatten(Worksheets.page(SHEET));

  private final SheetAlignment alignment = new OpencvSheetAlignment();

  @Test
  void aTurnedShiftedRescaledScanLiesOnItsBlank() {
    BufferedImage written = Worksheets.writeBoxes(SHEET, 0, 1, 2, 3);
    assertLiesOnTheBlank(Scan.CROOKED, written, 2);
    assertLiesOnTheBlank(Scan.PHONE, written, -2);
    assertLiesOnTheBlank(Scan.PHONE, SHEET, -2);
  }

  private void assertLiesOnTheBlank(Scan scan, BufferedImage sheet, double degrees) {
    Aligned aligned = alignment.align(Paper.flatten(scan.of(sheet)), BLANK);
    assertEquals(BLANK.width(), aligned.page().width());
    assertEquals(BLANK.height(), aligned.page().height());
    assertEquals(degrees, aligned.degrees(), 0.2);
    InkMask print = InkMask.of(BLANK, 0.3);
    InkMask scanned = InkMask.of(aligned.page(), 0.3);
    // the print of the blank that the aligned scan does not cover, within a pixel
    InkMask uncovered = print.without(scanned.grown(1));
    long printed = 0;
    long missed = 0;
    for (int y = 0; y < BLANK.height(); y++) {
      printed += print.inRow(y, 0, BLANK.width());
      missed += uncovered.inRow(y, 0, BLANK.width());
    }
    assertTrue(missed < 0.05 * printed, missed + " of " + printed + " printed pixels missed");
  }
}
