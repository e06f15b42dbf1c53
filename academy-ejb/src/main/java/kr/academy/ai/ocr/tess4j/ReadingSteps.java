package kr.academy.ai.ocr.tess4j;

/**
 * Which steps of a reading run (docs/ocr.md): the product's, and the variants the OCR benchmark
 * measures, each step left out (or, for Otsu, put in) in turn.
 *
 * @param evenBackground the paper's brightness divided out before anything else
 * @param deskew the text's skew found and turned back
 * @param binarise the cleaned page made black and white (Otsu) before Tesseract sees it
 * @param foreignRuns the page read with the first language alone, then each run of another script
 *     with the others ({@link PageReading}); without it, with every language at once
 * @param latinFirst with {@code foreignRuns}, the words that look Latin ({@link LatinFirst}) read
 *     by the others from the start, not by the first language
 */
public record ReadingSteps(
    boolean evenBackground,
    boolean deskew,
    boolean binarise,
    boolean foreignRuns,
    boolean latinFirst) {

  /**
   * The product's: no Otsu. With it the benchmark's pages read no better (1.61 % of characters
   * wrong against 1.54 % without) and saved no time; Tesseract binarises the evened-out page itself
   * (docs/performance.md, OCR).
   */
  public static final ReadingSteps PRODUCT = new ReadingSteps(true, true, false, true, true);

  /** Tesseract on the page as given, as its command line reads it. */
  public static final ReadingSteps NONE = new ReadingSteps(false, false, false, false, false);
}
