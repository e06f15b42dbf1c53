package kr.academy.ai.ocr.tess4j;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.academy.ai.ocr.OcrMode;
import kr.academy.ai.ocr.OcrSettings;
import kr.academy.ai.ocr.PageText;
import kr.academy.ai.ocr.TextLine;
import kr.academy.ai.ocr.opencv.GrayPixels;
import kr.academy.ai.ocr.opencv.InkShapes;
import kr.academy.ai.ocr.opencv.PageCleanup;
import kr.academy.ai.ocr.opencv.PreparedPage;
import kr.academy.pages.PageImage;

/**
 * One page read with one {@link EngineSlot} (docs/ocr.md, Tesseract):
 *
 * <ul>
 *   <li>the page cleaned up ({@link PageCleanup}: background evened out, skew undone);
 *   <li>the words that look Latin ({@link LatinFirst}) read by the other languages' model ({@code
 *       eng}) and painted white;
 *   <li>read by the first language's model alone ({@code kor}), in the configured segmentation
 *       mode;
 *   <li>each run of another script in a line ({@link ForeignRuns}: an English sentence the Korean
 *       model read as digits and brackets) read again on its own by the other languages' model
 *       ({@code eng}), the surer reading kept. This is both faster and better than reading the page
 *       with every language at once, where Tesseract tries the second model on every word the first
 *       is not sure of and gives many a Korean word to the English model ("내용을" as "USS");
 *   <li>in {@link OcrMode#ACCURATE}, moreover, each doubtful line read again the same way on its
 *       own at twice the size, the surer reading kept.
 * </ul>
 *
 * With {@link ReadingSteps#foreignRuns()} off, the page is read with every language at once, as the
 * {@code tesseract} command does (the benchmark compares the two).
 */
final class PageReading {

  /** In ACCURATE mode, a line read with less confidence than this is read again. */
  static final float DOUBTFUL_LINE = 85;

  /** In ACCURATE mode, so is a line with a word read with less confidence than this. */
  static final float DOUBTFUL_WORD = 60;

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
      TesseractInstance first = steps.foreignRuns() ? slot.first() : slot.all();
      Optional<TesseractInstance> others = steps.foreignRuns() ? slot.others() : Optional.empty();
      List<Recognised.Line> recognised =
          steps.latinFirst() && others.isPresent()
              ? readLatinFirst(first, others.get(), prepared)
              : first.read(prepared.image(), prepared.dpi(), psm()).lines();
      UnicodeScript script = ForeignRuns.mainScript(recognised, first.languages());
      Lines lines = new Lines(first, others, script);
      List<Recognised.Line> read = new ArrayList<>();
      for (Recognised.Line line : recognised) {
        Recognised.Line done = lines.foreignRunsReadAgain(prepared.image(), prepared.dpi(), line);
        if (mode == OcrMode.ACCURATE && doubtful(done)) {
          done = surer(done, lines.again(prepared, line));
        }
        read.add(done);
      }
      return pageText(read, prepared);
    }
  }

  private int psm() {
    return settings.pageSegmentationMode();
  }

  /**
   * The page read with the runs of words that look Latin ({@link LatinFirst}) read by the other
   * languages' model ({@code eng}) from the start and painted white for the first's: the Korean
   * model is slow on English and reads it wrong. A run the other model reads unsure may be of the
   * page's own script after all: the first model's reading of it is kept if surer and in that
   * script.
   */
  private List<Recognised.Line> readLatinFirst(
      TesseractInstance first, TesseractInstance others, PreparedPage prepared) {
    GrayPixels image = prepared.image();
    int dpi = prepared.dpi();
    List<LatinFirst.Run> runs;
    try (TesseractInstance.Picture picture = first.set(image, dpi, psm())) {
      runs = LatinFirst.runs(picture.layout(), InkShapes.of(image));
      if (runs.isEmpty()) {
        return picture.recognise().lines();
      }
    }
    List<Recognised.Line> read;
    try (GrayPixels rest =
        PageCleanup.whitened(image, runs.stream().map(LatinFirst.Run::blank).toList())) {
      read = first.read(rest, dpi, psm()).lines();
    }
    UnicodeScript script = ForeignRuns.mainScript(read, first.languages());
    List<LatinFirst.ReadRun> readRuns = new ArrayList<>(runs.size());
    for (LatinFirst.Run run : runs) {
      Recognised.Line unread = run.unread();
      List<Recognised.Word> words =
          Lines.readAgain(others, image, dpi, unread, run.words()).orElse(List.of());
      if (confidence(words) < ForeignRuns.SURE) {
        List<Recognised.Word> latin = words;
        words =
            Lines.readAgain(first, image, dpi, unread, run.words())
                .filter(
                    nativeWords ->
                        ForeignRuns.inScript(nativeWords, script)
                            && confidence(nativeWords) > confidence(latin))
                .orElse(latin);
      }
      readRuns.add(new LatinFirst.ReadRun(run, words));
    }
    return LatinFirst.merged(read, readRuns);
  }

  /**
   * The scale the page is read at, either mode: as given, unless its resolution is known to be
   * under 200 dpi, then scaled to 300 (at most three times). Reading a 300 dpi page at 1.5 times
   * its size did not read it better and took longer (docs/ocr.md, Modes).
   */
  static double scale(PageImage page) {
    return page.dpi() > 0 && page.dpi() < 200 ? Math.min(3, 300.0 / page.dpi()) : 1;
  }

  private static boolean doubtful(Recognised.Line line) {
    return confidence(line) < DOUBTFUL_LINE
        || line.words().stream().anyMatch(word -> word.confidence() < DOUBTFUL_WORD);
  }

  private static Recognised.Line surer(Recognised.Line line, Optional<Recognised.Line> again) {
    return again.filter(read -> confidence(read) > confidence(line)).orElse(line);
  }

  /** Reads lines of a page again: its engines and its main script. */
  private record Lines(
      TesseractInstance first, Optional<TesseractInstance> others, UnicodeScript script) {

    /** The line read again on its own, {@link #LINE_SCALE} times larger, in the page's pixels. */
    Optional<Recognised.Line> again(PreparedPage prepared, Recognised.Line line) {
      int pad = (line.bottom() - line.top()) / 4;
      int left = line.left() - pad;
      int top = line.top() - pad;
      int dpi = (int) Math.round(prepared.dpi() * LINE_SCALE);
      try (GrayPixels crop =
          PageCleanup.crop(
              prepared.image(),
              left,
              top,
              line.right() + pad,
              line.bottom() + pad,
              LINE_SCALE,
              PAD)) {
        Recognised again = first.read(crop, dpi, SINGLE_LINE);
        if (again.lines().size() != 1) {
          return Optional.empty();
        }
        Recognised.Line read = foreignRunsReadAgain(crop, dpi, again.lines().get(0));
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

    /** The line with each of its foreign runs read by the other languages, where that is surer. */
    Recognised.Line foreignRunsReadAgain(GrayPixels image, int dpi, Recognised.Line line) {
      if (others.isEmpty()) {
        return line;
      }
      List<ForeignRuns.Run> runs = ForeignRuns.in(line, script, first.languages());
      if (runs.isEmpty()) {
        return line;
      }
      List<Recognised.Word> words = new ArrayList<>(line.words().size());
      int at = 0;
      for (ForeignRuns.Run run : runs) {
        words.addAll(line.words().subList(at, run.from()));
        List<Recognised.Word> asRead = line.words().subList(run.from(), run.to());
        words.addAll(readAgain(others.get(), image, dpi, line, run).orElse(asRead));
        at = run.to();
      }
      words.addAll(line.words().subList(at, line.words().size()));
      return line.withWords(words);
    }

    /**
     * The run's words read again on their own by {@code engine}, if surer; the crop reaches halfway
     * to the words beside the run, so no piece of them is read with it.
     */
    static Optional<List<Recognised.Word>> readAgain(
        TesseractInstance engine,
        GrayPixels image,
        int dpi,
        Recognised.Line line,
        ForeignRuns.Run run) {
      List<Recognised.Word> words = line.words();
      Recognised.Word firstWord = words.get(run.from());
      Recognised.Word lastWord = words.get(run.to() - 1);
      int pad = (line.bottom() - line.top()) / 3;
      int left = firstWord.left() - pad;
      if (run.from() > 0) {
        left = Math.max(left, (words.get(run.from() - 1).right() + firstWord.left()) / 2);
      }
      int right = lastWord.right() + pad;
      if (run.to() < words.size()) {
        right = Math.min(right, (lastWord.right() + words.get(run.to()).left()) / 2);
      }
      try (GrayPixels crop =
          PageCleanup.crop(image, left, line.top(), right, line.bottom(), 1, PAD)) {
        Recognised again = engine.read(crop, dpi, SINGLE_LINE);
        if (again.lines().size() != 1 || again.lines().get(0).words().isEmpty()) {
          return Optional.empty();
        }
        Recognised.Line read = again.lines().get(0);
        List<Recognised.Word> asRead = words.subList(run.from(), run.to());
        if (confidence(read.words()) <= confidence(asRead)) {
          return Optional.empty();
        }
        Placement back = new Placement(Math.max(0, left), Math.max(0, line.top()), 1, PAD);
        List<Recognised.Word> placed = new ArrayList<>(read.words().size());
        for (Recognised.Word word : read.words()) {
          Recognised.Word moved = back.word(word);
          placed.add(placed.isEmpty() ? moved.spaced(firstWord.spaceBefore()) : moved);
        }
        return Optional.of(placed);
      }
    }
  }

  /** A line's confidence: its words', weighted by their length (0–100). */
  static float confidence(Recognised.Line line) {
    return confidence(line.words());
  }

  /** Words' confidence, weighted by their length (0–100). */
  static float confidence(List<Recognised.Word> words) {
    double sum = 0;
    int length = 0;
    for (Recognised.Word word : words) {
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
