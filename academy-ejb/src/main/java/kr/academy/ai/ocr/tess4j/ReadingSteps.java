package kr.academy.ai.ocr.tess4j;

/**
 * Which steps of a reading run (docs/ocr.md): all of them in the product; the OCR benchmark leaves
 * one out at a time to measure what it brings.
 *
 * @param evenBackground the paper's brightness divided out before anything else
 * @param deskew the text's skew found and turned back
 * @param binarise the cleaned page made black and white (Otsu) before Tesseract sees it
 * @param foreignWords doubtful words of another language read again with the first alone
 */
public record ReadingSteps(
    boolean evenBackground, boolean deskew, boolean binarise, boolean foreignWords) {

  public static final ReadingSteps ALL = new ReadingSteps(true, true, true, true);

  /** Tesseract on the page as given, as its command line reads it. */
  public static final ReadingSteps NONE = new ReadingSteps(false, false, false, false);
}
