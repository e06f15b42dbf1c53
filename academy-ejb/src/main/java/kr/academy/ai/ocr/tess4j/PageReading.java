package kr.academy.ai.ocr.tess4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.academy.ai.ocr.OcrMode;
import kr.academy.ai.ocr.OcrSettings;
import kr.academy.ai.ocr.PageText;
import kr.academy.ai.ocr.TextLine;
import kr.academy.ai.ocr.opencv.GrayPixels;
import kr.academy.ai.ocr.opencv.PageCleanup;
import kr.academy.ai.ocr.opencv.PreparedPage;
import kr.academy.pages.PageImage;

/**
 * One page read with one {@link EngineSlot} (docs/ocr.md, Modes):
 *
 * <ul>
 *   <li>the page cleaned up ({@link PageCleanup}: background evened out, skew undone);
 *   <li>read with every language ({@code kor+eng}) in the configured segmentation mode;
 *   <li>each doubtful word that another language's model read, on a line where the first language's
 *       model read something too, read again on its own with the first language alone, and the
 *       surer reading kept: Tesseract's language choice word by word gives many a Korean word to
 *       the English model ("내용을" as "USS", at a confidence of 60–80);
 *   <li>in {@link OcrMode#ACCURATE}, moreover, each doubtful line read again on its own at twice
 *       the size, the surer reading kept.
 * </ul>
 */
final class PageReading {

  /**
   * A word of another language read with less confidence than this (0–100) is read again: in
   * STANDARD, where nearly all the English model's Korean words fall (at 50–82) and few of its
   * English ones; ACCURATE asks again about more.
   */
  static final float DOUBTFUL_WORD = 85;

  static final float DOUBTFUL_WORD_ACCURATE = 95;

  /** In ACCURATE mode, a line read with less confidence than this is read again. */
  static final float DOUBTFUL_LINE = 85;

  /** The scale a doubtful line is read again at (1.5 did no better on the benchmark's pages). */
  static final double LINE_SCALE = 2;

  /** Tesseract's segmentation mode for one line of text. */
  private static final int SINGLE_LINE = 7;

  /** White pixels around a crop read again: Tesseract reads text touching the edge badly. */
  private static final int PAD = 16;

  private final EngineSlot slot;
  private final OcrSettings settings;
  private final ReadingSteps steps;

  PageReading(EngineSlot slot, OcrSettings settings, ReadingSteps steps) {
    this.slot = slot;
    this.settings = settings;
    this.steps = steps;
  }

  PageText read(PageImage page, OcrMode mode) {
    PageCleanup.Steps cleanup =
        new PageCleanup.Steps(
            steps.evenBackground(),
            steps.deskew(),
            steps.binarise(),
            scale(page),
            PageCleanup.DEFAULT_MAX_SKEW);
    try (PreparedPage prepared = PageCleanup.prepare(page, cleanup)) {
      Recognised recognised =
          slot.all().read(prepared.image(), prepared.dpi(), settings.pageSegmentationMode());
      float doubtful = mode == OcrMode.ACCURATE ? DOUBTFUL_WORD_ACCURATE : DOUBTFUL_WORD;
      List<Recognised.Line> lines = new ArrayList<>();
      for (Recognised.Line line : recognised.lines()) {
        Recognised.Line read = foreignWordsReadAgain(prepared, line, doubtful);
        if (mode == OcrMode.ACCURATE && confidence(read) < DOUBTFUL_LINE) {
          read =
              surer(
                  read,
                  again(prepared, line).map(l -> foreignWordsReadAgain(prepared, l, doubtful)));
        }
        lines.add(read);
      }
      return pageText(lines, prepared);
    }
  }

  /**
   * The scale the page is read at, either mode: as given, unless its resolution is known to be
   * under 200 dpi, then scaled to 300 (at most three times). Reading a 300 dpi page at 1.5 times
   * its size did not read it better and took longer (docs/ocr.md, Modes).
   */
  static double scale(PageImage page) {
    return page.dpi() > 0 && page.dpi() < 200 ? Math.min(3, 300.0 / page.dpi()) : 1;
  }

  /** The line read again on its own, {@link #LINE_SCALE} times larger, in the page's pixels. */
  private Optional<Recognised.Line> again(PreparedPage prepared, Recognised.Line line) {
    int pad = (line.bottom() - line.top()) / 4;
    int left = line.left() - pad;
    int top = line.top() - pad;
    try (GrayPixels crop =
        PageCleanup.crop(
            prepared.image(),
            left,
            top,
            line.right() + pad,
            line.bottom() + pad,
            LINE_SCALE,
            PAD)) {
      Recognised again =
          slot.all().read(crop, (int) Math.round(prepared.dpi() * LINE_SCALE), SINGLE_LINE);
      if (again.lines().size() != 1) {
        return Optional.empty();
      }
      Recognised.Line read = again.lines().get(0);
      Placement back = new Placement(Math.max(0, left), Math.max(0, top), LINE_SCALE, PAD);
      return Optional.of(
          new Recognised.Line(
              read.text(),
              read.words().stream().map(back::word).toList(),
              line.left(),
              line.top(),
              line.right(),
              line.bottom(),
              read.confidence(),
              line.startsParagraph()));
    }
  }

  private static Recognised.Line surer(Recognised.Line line, Optional<Recognised.Line> again) {
    return again.filter(read -> confidence(read) > confidence(line)).orElse(line);
  }

  private Recognised.Line foreignWordsReadAgain(
      PreparedPage prepared, Recognised.Line line, float doubtful) {
    String primary = settings.primaryLanguage();
    boolean mixed = line.words().stream().anyMatch(word -> primary.equals(word.language()));
    if (!steps.foreignWords() || !mixed) {
      return line;
    }
    List<Recognised.Word> words = new ArrayList<>(line.words().size());
    boolean changed = false;
    Character.UnicodeScript script = script(line, primary);
    for (Recognised.Word word : line.words()) {
      Recognised.Word read = word;
      if (word.confidence() < doubtful) {
        if (!primary.equals(word.language())) {
          Optional<TesseractInstance> alone = slot.primary();
          if (alone.isPresent()) {
            read = readAgain(alone.get(), prepared, line, word).orElse(word);
          }
        } else if (!inScript(word.text(), script)) {
          // The first language's model on a word with none of its letters: English as "1010".
          read = readAgain(slot.all(), prepared, line, word).orElse(word);
        }
        changed |= read != word;
      }
      words.add(read);
    }
    if (!changed) {
      return line;
    }
    StringBuilder text = new StringBuilder();
    for (Recognised.Word word : words) {
      if (!text.isEmpty() && word.spaceBefore()) {
        text.append(' ');
      }
      text.append(word.text());
    }
    return new Recognised.Line(
        text.toString(),
        words,
        line.left(),
        line.top(),
        line.right(),
        line.bottom(),
        line.confidence(),
        line.startsParagraph());
  }

  /** The script most letters of the line's first-language words are in (Hangul for kor). */
  private static Character.UnicodeScript script(Recognised.Line line, String primary) {
    java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.HashMap<>();
    for (Recognised.Word word : line.words()) {
      if (primary.equals(word.language())) {
        word.text()
            .codePoints()
            .filter(Character::isLetter)
            .forEach(c -> counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
      }
    }
    return counts.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .orElse(Character.UnicodeScript.COMMON);
  }

  private static boolean inScript(String text, Character.UnicodeScript script) {
    return script == Character.UnicodeScript.COMMON
        || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
  }

  /** The word read again on its own by {@code engine}, if that is surer; its box is kept. */
  private Optional<Recognised.Word> readAgain(
      TesseractInstance engine, PreparedPage prepared, Recognised.Line line, Recognised.Word word) {
    int pad = (word.bottom() - word.top()) / 3;
    try (GrayPixels crop =
        PageCleanup.crop(
            prepared.image(),
            word.left() - pad,
            line.top(),
            word.right() + pad,
            line.bottom(),
            1,
            PAD)) {
      Recognised again = engine.read(crop, prepared.dpi(), SINGLE_LINE);
      if (again.lines().size() != 1 || again.lines().get(0).text().isBlank()) {
        return Optional.empty();
      }
      Recognised.Line read = again.lines().get(0);
      float confidence = confidence(read);
      if (confidence <= word.confidence()) {
        return Optional.empty();
      }
      String language =
          read.words().isEmpty() ? engine.languages() : read.words().get(0).language();
      return Optional.of(word.reread(read.text(), confidence, language));
    }
  }

  /** A line's confidence: its words', weighted by their length (0–100). */
  static float confidence(Recognised.Line line) {
    double sum = 0;
    int length = 0;
    for (Recognised.Word word : line.words()) {
      int n = word.text().codePointCount(0, word.text().length());
      sum += Math.max(0, Math.min(100, word.confidence())) * n;
      length += n;
    }
    return length == 0 ? 0 : (float) (sum / length);
  }

  private static PageText pageText(List<Recognised.Line> lines, PreparedPage prepared) {
    StringBuilder text = new StringBuilder();
    List<TextLine> textLines = new ArrayList<>(lines.size());
    double sum = 0;
    int length = 0;
    for (Recognised.Line line : lines) {
      if (line.text().isBlank()) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append(line.startsParagraph() ? "\n\n" : "\n");
      }
      text.append(line.text());
      float confidence = confidence(line);
      textLines.add(
          new TextLine(
              line.text(),
              prepared.toGiven(line.left(), line.top(), line.right(), line.bottom()),
              confidence / 100.0));
      int n = line.text().codePointCount(0, line.text().length());
      sum += confidence * n;
      length += n;
    }
    if (textLines.isEmpty()) {
      return PageText.empty(prepared.skewDegrees());
    }
    return new PageText(text.toString(), textLines, sum / length / 100.0, prepared.skewDegrees());
  }

  /** From a crop's pixels back to the prepared page's. */
  private record Placement(int left, int top, double scale, int pad) {

    Recognised.Word word(Recognised.Word word) {
      return new Recognised.Word(
          word.text(),
          x(word.left()),
          y(word.top()),
          x(word.right()),
          y(word.bottom()),
          word.confidence(),
          word.language(),
          word.spaceBefore());
    }

    private int x(int x) {
      return left + (int) Math.round((x - pad) / scale);
    }

    private int y(int y) {
      return top + (int) Math.round((y - pad) / scale);
    }
  }
}
