package kr.academy.ai.ocr.tess4j;

import com.sun.jna.Pointer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import kr.academy.ai.ocr.Box;
import kr.academy.ai.ocr.OcrUnavailable;
import kr.academy.ai.ocr.opencv.GrayPixels;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract engine (a {@code TessBaseAPI} of Debian's libtesseract5, through Tess4J's JNA
 * mapping) with its models loaded: not thread-safe, so one caller at a time ({@link
 * TesseractOcrEngine}'s pool sees to it).
 */
final class TesseractInstance implements AutoCloseable {

  private static final int TRUE = ITessAPI.TRUE;
  private static final int LINE = ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;
  private static final int WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;
  private static final int PARAGRAPH = ITessAPI.TessPageIteratorLevel.RIL_PARA;

  private final TessAPI api;
  private final TessBaseAPI handle;
  private final String languages;

  private TesseractInstance(TessAPI api, TessBaseAPI handle, String languages) {
    this.api = api;
    this.handle = handle;
    this.languages = languages;
  }

  /**
   * Loads {@code languages} (e.g. {@code kor+eng}) from {@code tessdata} for the LSTM engine.
   *
   * @throws OcrUnavailable when a model is missing or unreadable
   */
  static TesseractInstance start(TessAPI api, String tessdata, String languages) {
    TessBaseAPI handle = api.TessBaseAPICreate();
    int status =
        api.TessBaseAPIInit2(handle, tessdata, languages, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
    if (status != 0) {
      api.TessBaseAPIDelete(handle);
      throw new OcrUnavailable(
          "Tesseract cannot load the models "
              + languages
              + " from "
              + tessdata
              + " (are Debian's tesseract-ocr-kor and tesseract-ocr-eng installed?)",
          null);
    }
    // Tesseract's remarks ("Estimating resolution as …") would go to the server's stderr.
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    return new TesseractInstance(api, handle, languages);
  }

  String languages() {
    return languages;
  }

  /**
   * Recognises {@code picture} with page segmentation mode {@code psm}; {@code dpi} 0 leaves
   * Tesseract to estimate the resolution from the text.
   */
  Recognised read(GrayPixels picture, int dpi, int psm) {
    try (Picture set = set(picture, dpi, psm)) {
      return set.recognise();
    }
  }

  /** {@code picture} set for reading (see {@link #read}); close it when done. */
  Picture set(GrayPixels picture, int dpi, int psm) {
    api.TessBaseAPISetPageSegMode(handle, psm);
    api.TessBaseAPISetImage(
        handle, picture.pixels(), picture.width(), picture.height(), 1, picture.bytesPerLine());
    if (dpi > 0) {
      api.TessBaseAPISetSourceResolution(handle, dpi);
    }
    return new Picture();
  }

  /**
   * A picture set in the engine: its layout can be looked at before it is recognised, and the
   * recognition then keeps that layout rather than finding it again.
   */
  final class Picture implements AutoCloseable {

    private Picture() {}

    /** The lines Tesseract finds, with their words' boxes, nothing read yet. */
    List<LaidOutLine> layout() {
      List<LaidOutLine> lines = new ArrayList<>();
      TessPageIterator page = api.TessBaseAPIAnalyseLayout(handle);
      if (page == null) {
        return lines; // nothing on the page
      }
      try {
        List<Box> words = new ArrayList<>();
        Box line = null;
        boolean paragraph = false;
        do {
          if (api.TessPageIteratorIsAtBeginningOf(page, LINE) == TRUE) {
            if (line != null && !words.isEmpty()) {
              lines.add(new LaidOutLine(line, paragraph, words));
            }
            words = new ArrayList<>();
            line = upright(box(page, LINE));
            paragraph = api.TessPageIteratorIsAtBeginningOf(page, PARAGRAPH) == TRUE;
          }
          words.add(upright(box(page, WORD)));
        } while (api.TessPageIteratorNext(page, WORD) == TRUE);
        if (line != null && !words.isEmpty()) {
          lines.add(new LaidOutLine(line, paragraph, words));
        }
        return lines;
      } finally {
        api.TessPageIteratorDelete(page);
      }
    }

    Recognised recognise() {
      if (api.TessBaseAPIRecognize(handle, null) != 0) {
        throw new IllegalStateException("Tesseract failed to recognise the page");
      }
      return new Recognised(lines());
    }

    @Override
    public void close() {
      api.TessBaseAPIClear(handle);
    }
  }

  private static Box upright(int[] box) {
    return new Box(box[0], box[1], Math.max(0, box[2] - box[0]), Math.max(0, box[3] - box[1]));
  }

  private List<Recognised.Line> lines() {
    List<Recognised.Line> lines = new ArrayList<>();
    TessResultIterator results = api.TessBaseAPIGetIterator(handle);
    if (results == null) {
      return lines; // nothing on the page
    }
    try {
      TessPageIterator page = api.TessResultIteratorGetPageIterator(results);
      api.TessPageIteratorBegin(page);
      List<Recognised.Word> words = new ArrayList<>();
      String lineText = null;
      int[] lineBox = null;
      float lineConfidence = 0;
      boolean paragraph = false;
      do {
        if (api.TessPageIteratorIsAtBeginningOf(page, LINE) == TRUE) {
          if (lineText != null && !words.isEmpty()) {
            lines.add(line(lineText, words, lineBox, lineConfidence, paragraph));
          }
          words = new ArrayList<>();
          // The line's own text: Korean words are often several "words" to Tesseract, with no
          // space between them, which only the line's text tells.
          lineText = text(results, LINE);
          lineBox = box(page, LINE);
          lineConfidence = api.TessResultIteratorConfidence(results, LINE);
          paragraph = api.TessPageIteratorIsAtBeginningOf(page, PARAGRAPH) == TRUE;
        }
        String text = text(results, WORD);
        if (text != null && !text.isBlank() && lineText != null) {
          int[] box = box(page, WORD);
          words.add(
              new Recognised.Word(
                  text.strip(),
                  box[0],
                  box[1],
                  box[2],
                  box[3],
                  api.TessResultIteratorConfidence(results, WORD),
                  api.TessResultIteratorWordRecognitionLanguage(results),
                  true));
        }
      } while (api.TessResultIteratorNext(results, WORD) == TRUE);
      if (lineText != null && !words.isEmpty()) {
        lines.add(line(lineText, words, lineBox, lineConfidence, paragraph));
      }
      return lines;
    } finally {
      api.TessResultIteratorDelete(results);
    }
  }

  private static Recognised.Line line(
      String text, List<Recognised.Word> words, int[] box, float confidence, boolean paragraph) {
    String line = text == null ? "" : text.strip();
    return new Recognised.Line(
        line, spaced(line, words), box[0], box[1], box[2], box[3], confidence, paragraph);
  }

  /**
   * The words with the spaces the line's text has before each (Tesseract's words of a Korean line
   * are often parts of one word); where the words do not spell the line, a space before each.
   */
  static List<Recognised.Word> spaced(String line, List<Recognised.Word> words) {
    List<Recognised.Word> spaced = new ArrayList<>(words.size());
    int at = 0;
    for (Recognised.Word word : words) {
      int start = at;
      while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
        at++;
      }
      if (!line.startsWith(word.text(), at)) {
        return List.copyOf(words);
      }
      spaced.add(
          new Recognised.Word(
              word.text(),
              word.left(),
              word.top(),
              word.right(),
              word.bottom(),
              word.confidence(),
              word.language(),
              at > start || spaced.isEmpty()));
      at += word.text().length();
    }
    return List.copyOf(spaced);
  }

  private String text(TessResultIterator results, int level) {
    Pointer text = api.TessResultIteratorGetUTF8Text(results, level);
    if (text == null) {
      return null;
    }
    try {
      return text.getString(0, "UTF-8");
    } finally {
      api.TessDeleteText(text);
    }
  }

  private int[] box(TessPageIterator page, int level) {
    IntBuffer left = IntBuffer.allocate(1);
    IntBuffer top = IntBuffer.allocate(1);
    IntBuffer right = IntBuffer.allocate(1);
    IntBuffer bottom = IntBuffer.allocate(1);
    api.TessPageIteratorBoundingBox(page, level, left, top, right, bottom);
    return new int[] {left.get(0), top.get(0), right.get(0), bottom.get(0)};
  }

  @Override
  public void close() {
    api.TessBaseAPIEnd(handle);
    api.TessBaseAPIDelete(handle);
  }
}
