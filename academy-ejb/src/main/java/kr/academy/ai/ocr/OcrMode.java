package kr.academy.ai.ocr;

/** How hard to try (docs/ocr.md, Modes). */
public enum OcrMode {
  /** One pass over the cleaned page. */
  STANDARD,
  /**
   * For PREMIUM academies: the page read at a higher resolution, and its doubtful words read again
   * on their own; slower.
   */
  ACCURATE
}
