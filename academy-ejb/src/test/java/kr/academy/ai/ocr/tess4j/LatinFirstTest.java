package kr.academy.ai.ocr.tess4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import kr.academy.ai.ocr.Box;
import kr.academy.ai.ocr.OcrSettings;
import kr.academy.ai.ocr.opencv.InkShapes;
import kr.academy.ai.ocr.opencv.PageCleanup;
import kr.academy.ai.ocr.opencv.PreparedPage;
import kr.academy.testing.TextPages;
import kr.academy.testing.TextPages.TextPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatinFirstTest {

  private static final double LATIN = InkShapes.LATIN;

  private static LaidOutLine line(int words) {
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      boxes.add(new Box(100 + i * 60, 100, 50, 40));
    }
    return new LaidOutLine(new Box(100, 100, words * 60, 40), false, boxes);
  }

  private static List<String> runs(double... lowStarts) {
    return LatinFirst.runs(line(lowStarts.length), lowStarts).stream()
        .map(run -> run.from() + "-" + run.to())
        .toList();
  }

  @Test
  void aRunHoldsAWordThatLooksLatinAndTheWordsBesideItWithALetterStartingLow() {
    assertEquals(List.of("1-4"), runs(0, 0.25, LATIN, 0.5, 0, 0));
    assertEquals(List.of(), runs(0, 0.25, 0.1, 0, -1), "no word looks Latin");
    assertEquals(List.of("0-2", "4-5"), runs(1, 0.6, 0, 0, 0.4));
  }

  @Test
  void aSingleWordBetweenTwoRunsJoinsThem() {
    assertEquals(List.of("0-5"), runs(1, 0.6, 0, 0.5, 0.7, 0));
    assertEquals(List.of("0-5"), runs(1, 0.6, -1, 0.5, 0.7, 0), "punctuation alone too");
    assertEquals(List.of("0-2", "4-5"), runs(1, 0.6, 0, 0, 0.7));
  }

  @Test
  void aRunIsBlankedFromItsWordsToHalfwayToTheWordsBesideIt() {
    LaidOutLine line = line(5);

    Box blank = new LatinFirst.Run(line, 1, 3).blank();

    // Words at 100–150, 160–210, 220–270, 280–330: halfway is 155 and 275.
    assertEquals(new Box(155, 100, 120, 40), blank);
    Box first = new LatinFirst.Run(line, 0, 1).blank();
    assertEquals(100 - 40 / 6, first.x(), "padded where no word stands beside it");
  }

  private static Recognised.Word word(String text, int left, String language) {
    return new Recognised.Word(text, left, 100, left + 50, 140, 95, language, true);
  }

  private static Recognised.Line readLine(int top, Recognised.Word... words) {
    Recognised.Line empty =
        new Recognised.Line(
            "", List.of(), words[0].left(), top, words[0].right(), top + 40, 90, true);
    return empty.withWords(List.of(words));
  }

  @Test
  void aRunsWordsGoIntoTheLineBesideThemInOrderOrMakeALineOfTheirOwn() {
    Recognised.Line korean = readLine(100, word("물은", 100, "kor"), word("끓는다.", 400, "kor"));
    LaidOutLine laidOut = line(8);
    LatinFirst.ReadRun between =
        new LatinFirst.ReadRun(
            new LatinFirst.Run(laidOut, 2, 4),
            List.of(word("Water", 220, "eng"), word("boils", 280, "eng")));
    LaidOutLine below =
        new LaidOutLine(new Box(100, 200, 300, 40), true, List.of(new Box(100, 200, 300, 40)));
    LatinFirst.ReadRun alone =
        new LatinFirst.ReadRun(
            new LatinFirst.Run(below, 0, 1),
            List.of(new Recognised.Word("Hello.", 100, 200, 300, 240, 96, "eng", true)));
    LatinFirst.ReadRun nothingRead =
        new LatinFirst.ReadRun(new LatinFirst.Run(below, 0, 1), List.of());

    List<Recognised.Line> merged =
        LatinFirst.merged(List.of(korean), List.of(alone, between, nothingRead));

    assertEquals(2, merged.size());
    assertEquals("물은 Water boils 끓는다.", merged.get(0).text());
    assertEquals("Hello.", merged.get(1).text());
    assertEquals(200, merged.get(1).top());
    assertTrue(merged.get(1).startsParagraph(), "as laid out");
  }

  /**
   * Through Tesseract's layout of rendered lines: the lines of English are one run each, the lines
   * of Korean have none.
   */
  @ParameterizedTest
  @ValueSource(strings = {"NanumGothic.ttf", "NanumMyeongjo.ttf", "NanumBarunGothic.ttf"})
  void englishLinesAreRunsAndKoreanLinesAreNot(String font) {
    List<String> paragraphs =
        List.of(
            "물은 온도가 0도 아래로 내려가면 얼음이 되고 100도가 되면 끓는다.",
            "Write a short letter to your teacher about your summer vacation.",
            "조선 시대 세종대왕은 백성을 위하여 훈민정음을 만들었다.",
            "I think reading books every day makes us wiser.",
            "민수는 사과 24개를 친구 6명에게 똑같이 나누어 주었습니다.",
            "movie.",
            "봄이 되면 학교 앞 길가에 벚꽃이 활짝 피어 무척 아름답다.",
            "Choose the sentence that is grammatically correct.");
    TextPage page = TextPages.of(paragraphs).font(font).render();

    try (EngineSlot slot = new EngineSlot(OcrSettings.defaults().withEngines(1));
        PreparedPage prepared = PageCleanup.prepare(page.image(), PageCleanup.Steps.all(1))) {
      List<LaidOutLine> laidOut;
      try (TesseractInstance.Picture picture = slot.first().set(prepared.image(), 300, 6)) {
        laidOut = picture.layout();
      }
      List<LatinFirst.Run> runs = LatinFirst.runs(laidOut, InkShapes.of(prepared.image()));

      for (TextPages.Line rendered : page.lines()) {
        LaidOutLine line = laidOutAt(laidOut, rendered.box());
        List<LatinFirst.Run> ofLine = runs.stream().filter(run -> run.line() == line).toList();
        if (rendered.text().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
          assertEquals(List.of(), ofLine, font + ": " + rendered.text());
        } else {
          // A capital I laid out as a word of its own has no letter starting low: the Korean model
          // reads it, and the foreign runs of its reading catch it.
          boolean loneI = line.words().get(0).width() < line.box().height() / 2;
          assertEquals(
              List.of(new LatinFirst.Run(line, loneI ? 1 : 0, line.words().size())),
              ofLine,
              font + ": " + rendered.text());
        }
      }
    }
  }

  private static LaidOutLine laidOutAt(List<LaidOutLine> lines, Rectangle box) {
    int middle = box.y + box.height / 2;
    return lines.stream()
        .filter(line -> line.box().y() <= middle && middle <= line.box().bottom())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line laid out at " + box));
  }
}
