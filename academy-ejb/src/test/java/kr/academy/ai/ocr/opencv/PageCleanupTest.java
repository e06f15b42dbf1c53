package kr.academy.ai.ocr.opencv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.academy.ai.ocr.Box;
import kr.academy.testing.HomeworkText;
import kr.academy.testing.TextPages;
import kr.academy.testing.TextPages.TextPage;
import org.junit.jupiter.api.Test;

class PageCleanupTest {

  @Test
  void aShadowBecomesWhitePaperNotBlack() {
    TextPage page = TextPages.of(HomeworkText.paragraphs(1, 8, 0.3)).shadow(0.7).noise(8).render();
    // The lower right corner, below the text: deep in the shadow, paper only.
    int x0 = TextPages.A4_WIDTH - 600;
    int y0 = TextPages.A4_HEIGHT - 600;
    assertTrue(
        meanGray(page.image().gray(), TextPages.A4_WIDTH, x0, y0, 400) < 110, "a dark corner");

    try (PreparedPage prepared = PageCleanup.prepare(page.image(), PageCleanup.Steps.all(1))) {
      byte[] clean = prepared.image().copy();
      assertTrue(meanGray(clean, prepared.image().width(), x0, y0, 400) > 250, "white paper");
    }

    try (PreparedPage otsuAlone =
        PageCleanup.prepare(page.image(), new PageCleanup.Steps(false, false, true, 1, 15))) {
      byte[] blackened = otsuAlone.image().copy();
      assertTrue(
          meanGray(blackened, otsuAlone.image().width(), x0, y0, 400) < 50,
          "without evening out the background, Otsu's threshold blackens the shadow");
    }
  }

  @Test
  void aTurnedPageIsTurnedBackAndBoxesMapToTheGivenPage() {
    TextPage page = TextPages.of(HomeworkText.paragraphs(2, 12, 0.3)).rotated(5).render();

    try (PreparedPage prepared = PageCleanup.prepare(page.image(), PageCleanup.Steps.all(1))) {
      assertEquals(5, prepared.skewDegrees(), 0.15);
      // The canvas holds the whole turned page.
      assertTrue(prepared.image().width() > TextPages.A4_WIDTH);
      assertTrue(prepared.image().height() > TextPages.A4_HEIGHT);
      // The prepared page's centre is the given page's centre.
      Box centre =
          prepared.toGiven(
              prepared.image().width() / 2,
              prepared.image().height() / 2,
              prepared.image().width() / 2,
              prepared.image().height() / 2);
      assertEquals(TextPages.A4_WIDTH / 2, centre.x(), 2);
      assertEquals(TextPages.A4_HEIGHT / 2, centre.y(), 2);
    }
  }

  @Test
  void scalingMapsBoxesBack() {
    TextPage page = TextPages.of(HomeworkText.paragraphs(3, 4, 0.3)).render();

    try (PreparedPage prepared = PageCleanup.prepare(page.image(), PageCleanup.Steps.all(2))) {
      assertEquals(600, prepared.dpi());
      assertEquals(2 * TextPages.A4_WIDTH, prepared.image().width());
      assertEquals(new Box(50, 100, 150, 25), prepared.toGiven(100, 200, 400, 250));
    }
  }

  static double meanGray(byte[] gray, int width, int x0, int y0, int size) {
    long sum = 0;
    for (int y = y0; y < y0 + size; y++) {
      for (int x = x0; x < x0 + size; x++) {
        sum += gray[y * width + x] & 0xff;
      }
    }
    return (double) sum / (size * size);
  }
}
