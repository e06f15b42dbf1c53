package kr.academy.ai.ocr.tess4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.academy.ai.ocr.Box;
import kr.academy.ai.ocr.OcrMode;
import kr.academy.ai.ocr.OcrSettings;
import kr.academy.ai.ocr.OcrUnavailable;
import kr.academy.ai.ocr.PageText;
import kr.academy.ai.ocr.TextLine;
import kr.academy.pages.PageImage;
import kr.academy.testing.CharacterErrorRate;
import kr.academy.testing.HomeworkText;
import kr.academy.testing.TextPages;
import kr.academy.testing.TextPages.TextPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real engine (Debian's libtesseract5 with kor and eng, OpenCV) on A4 pages at 300 dpi that the
 * test renders in Nanum fonts: straight, turned, and photographed in a shadow with grain. Each page
 * holds about a dozen lines of mixed Korean and English, so that the suite stays within a minute or
 * two on a 2-core machine.
 */
class TesseractOcrEngineTest {

  /** The bound on the character error rate of a page. */
  static final double MAX_CER = 0.03;

  static TesseractOcrEngine engine;

  @BeforeAll
  static void start() {
    engine = new TesseractOcrEngine(OcrSettings.defaults().withEngines(2));
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  static TextPages.Builder homework(long seed) {
    return TextPages.of(HomeworkText.paragraphs(seed, 20, 0.3)).seed(seed);
  }

  @Test
  void readsAStraightPageOfKoreanAndEnglish() {
    TextPage page = homework(1).render();

    PageText read = engine.read(page.image(), OcrMode.STANDARD);

    assertReadWell(page, read);
    assertEquals(0, read.skewDegrees(), 0.2);
    assertEquals(page.lines().size(), read.lines().size(), read.text());
    assertBoxesCover(page, read, 0.6);
  }

  @Test
  void readsASerifFont() {
    TextPage page = homework(2).font("NanumMyeongjo.ttf").render();

    assertReadWell(page, engine.read(page.image(), OcrMode.STANDARD));
  }

  @Test
  void turnsATurnedPageBackAndPlacesItsLinesOnThePageAsGiven() {
    TextPage page = homework(3).rotated(4).render();

    PageText read = engine.read(page.image(), OcrMode.STANDARD);

    assertReadWell(page, read);
    assertEquals(4, read.skewDegrees(), 0.25);
    // The rendered and the read boxes are both upright boxes around a turned line.
    assertBoxesCover(page, read, 0.5);
  }

  @Test
  void readsAPageTurnedTheOtherWayInAPhotoWithAShadowAndGrain() {
    TextPage page = homework(4).rotated(-3).shadow(0.6).noise(12).blurred().render();

    PageText read = engine.read(page.image(), OcrMode.STANDARD);

    assertReadWell(page, read);
    assertEquals(-3, read.skewDegrees(), 0.25);
  }

  @Test
  void readsAPageOfEnglishAlone() {
    TextPage page = TextPages.of(HomeworkText.paragraphs(11, 20, 1)).seed(11).render();

    PageText read = engine.read(page.image(), OcrMode.STANDARD);

    assertReadWell(page, read);
    assertBoxesCover(page, read, 0.6);
  }

  @Test
  void accurateModeReadsAsWell() {
    TextPage page = homework(5).font("NanumBarunGothic.ttf").points(10).render();

    assertReadWell(page, engine.read(page.image(), OcrMode.ACCURATE));
  }

  @Test
  void aWrongTextScoresAHighErrorRate() {
    TextPage page = homework(6).render();
    TextPage other = homework(7).render();

    PageText read = engine.read(page.image(), OcrMode.STANDARD);

    double cer = CharacterErrorRate.of(other.text(), read.text());
    assertTrue(cer > 0.5, "the CER against another page's text is " + cer);
  }

  @Test
  void twoThreadsReadAtOnceWithAPoolOfTwo() throws Exception {
    List<TextPage> pages = List.of(homework(8).render(), homework(9).rotated(-4).render());
    CountDownLatch ready = new CountDownLatch(2);
    long[][] spans = new long[2][2];
    List<Callable<PageText>> reads = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int n = i;
      reads.add(
          () -> {
            ready.countDown();
            ready.await();
            spans[n][0] = System.nanoTime();
            PageText read = engine.read(pages.get(n).image(), OcrMode.STANDARD);
            spans[n][1] = System.nanoTime();
            return read;
          });
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<PageText>> results = threads.invokeAll(reads);
      for (int i = 0; i < 2; i++) {
        assertReadWell(pages.get(i), results.get(i).get());
      }
    } finally {
      threads.shutdown();
    }
    assertTrue(
        Math.max(spans[0][0], spans[1][0]) < Math.min(spans[0][1], spans[1][1]),
        "the two pages were read one after the other: " + Arrays.deepToString(spans));
    assertEquals(2, engine.loadedEngines());
  }

  @Test
  void aBlankPageHasNoText() {
    byte[] white = new byte[TextPages.A4_WIDTH * TextPages.A4_HEIGHT];
    Arrays.fill(white, (byte) 250);

    PageText read =
        engine.read(
            new PageImage(TextPages.A4_WIDTH, TextPages.A4_HEIGHT, TextPages.DPI, white),
            OcrMode.STANDARD);

    assertEquals("", read.text());
    assertEquals(List.of(), read.lines());
    assertEquals(0, read.confidence());
  }

  @Test
  void missingModelsMakeTheEngineUnavailable() {
    TesseractOcrEngine broken =
        new TesseractOcrEngine(new OcrSettings("kor+eng", 6, 1, "/nonexistent/tessdata"));
    TextPage page = homework(10).render();

    OcrUnavailable e =
        assertThrows(OcrUnavailable.class, () -> broken.read(page.image(), OcrMode.STANDARD));

    assertTrue(e.getMessage().contains("/nonexistent/tessdata"), e.getMessage());
    broken.close();
  }

  static void assertReadWell(TextPage page, PageText read) {
    double cer = CharacterErrorRate.of(page.text(), read.text());
    assertTrue(
        cer <= MAX_CER,
        "CER " + cer + "\n--- expected\n" + page.text() + "\n--- read\n" + read.text());
    assertTrue(
        read.confidence() > 0.7 && read.confidence() <= 1, "confidence " + read.confidence());
    for (TextLine line : read.lines()) {
      assertTrue(line.confidence() >= 0 && line.confidence() <= 1, line.toString());
      Box box = line.box();
      assertTrue(box.x() >= 0 && box.y() >= 0, line.toString());
      assertTrue(box.right() <= page.image().width() && box.bottom() <= page.image().height());
      // A line of 10–12 pt text at 300 dpi: 20–70 pixels high (more when turned), not empty.
      assertTrue(box.width() > 50 && box.height() >= 20 && box.height() < 400, line.toString());
    }
    // Reading order: top to bottom across the lines, which on a turned page run at its skew.
    double sin = Math.sin(Math.toRadians(read.skewDegrees()));
    double cos = Math.cos(Math.toRadians(read.skewDegrees()));
    double previous = Double.NEGATIVE_INFINITY;
    for (TextLine line : read.lines()) {
      Box box = line.box();
      double across = (box.x() + box.width() / 2.0) * sin + (box.y() + box.height() / 2.0) * cos;
      assertTrue(across > previous, "lines in reading order, top to bottom: " + line);
      previous = across;
    }
  }

  /** Every rendered line has a read line whose box overlaps its ink by {@code iou} or more. */
  static void assertBoxesCover(TextPage page, PageText read, double iou) {
    for (TextPages.Line expected : page.lines()) {
      double best = 0;
      for (TextLine line : read.lines()) {
        best = Math.max(best, iou(expected.box(), line.box()));
      }
      assertTrue(best >= iou, "line " + expected + " best overlap " + best);
    }
  }

  static double iou(Rectangle a, Box b) {
    Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
    Rectangle both = a.intersection(r);
    if (both.isEmpty()) {
      return 0;
    }
    double inter = (double) both.width * both.height;
    return inter / ((double) a.width * a.height + (double) r.width * r.height - inter);
  }
}
