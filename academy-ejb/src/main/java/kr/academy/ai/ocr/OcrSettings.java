package kr.academy.ai.ocr;

import java.util.Optional;

/**
 * The OCR engine's knobs (docs/configuration.md, OCR; docs/ocr.md).
 *
 * @param languages the models to read with, Tesseract's way ({@code kor+eng}: Korean first)
 * @param pageSegmentationMode Tesseract's page segmentation mode: 6 (one uniform block of text)
 *     reads a homework page's Korean far better than the default 3 (automatic layout)
 * @param engines how many pages may be read at once in this process: each engine holds its own
 *     models (about 170 MB: the first language's and the others'), loaded on its first page; a
 *     caller past this waits
 * @param tessdata the folder of the {@code .traineddata} models (Debian's {@code tesseract-ocr-kor}
 *     and {@code tesseract-ocr-eng} install them there)
 */
public record OcrSettings(
    String languages, int pageSegmentationMode, int engines, String tessdata) {

  public static final String DEFAULT_LANGUAGES = "kor+eng";
  public static final int DEFAULT_PAGE_SEGMENTATION_MODE = 6;

  /** The AI slot bound of a worker ({@code academy.ai.cpu.max}): one engine per slot. */
  public static final int DEFAULT_ENGINES = 5;

  public static final String DEFAULT_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

  public OcrSettings {
    if (languages == null || !languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
      throw new IllegalArgumentException("languages such as kor+eng, not " + languages);
    }
    if (pageSegmentationMode < 0 || pageSegmentationMode > 13) {
      throw new IllegalArgumentException(
          "a page segmentation mode is 0–13, not " + pageSegmentationMode);
    }
    if (engines < 1) {
      throw new IllegalArgumentException("at least one engine, not " + engines);
    }
    if (tessdata == null || tessdata.isBlank()) {
      throw new IllegalArgumentException("the tessdata folder is required");
    }
  }

  public static OcrSettings defaults() {
    return new OcrSettings(
        DEFAULT_LANGUAGES, DEFAULT_PAGE_SEGMENTATION_MODE, DEFAULT_ENGINES, DEFAULT_TESSDATA);
  }

  public OcrSettings withEngines(int count) {
    return new OcrSettings(languages, pageSegmentationMode, count, tessdata);
  }

  /** The first language: a page is read with it alone first (docs/ocr.md, Tesseract). */
  public String firstLanguage() {
    return languages.split("\\+")[0];
  }

  /**
   * The other languages ({@code eng} of {@code kor+eng}): runs of their script are read with them.
   */
  public Optional<String> otherLanguages() {
    int plus = languages.indexOf('+');
    return plus < 0 ? Optional.empty() : Optional.of(languages.substring(plus + 1));
  }
}
