package kr.academy.ai.ocr;

/**
 * One line of text.
 *
 * @param box the line's place on the page as given (its pixels, before any cleaning up): for a
 *     skewed page, the upright rectangle around the turned line
 * @param confidence how sure the engine is of the line, 0–1
 */
public record TextLine(String text, Box box, double confidence) {

  public TextLine {
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("a confidence is 0–1, not " + confidence);
    }
  }
}
