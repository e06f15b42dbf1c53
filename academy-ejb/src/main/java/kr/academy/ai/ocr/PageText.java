package kr.academy.ai.ocr;

import java.util.List;

/**
 * What was read on a page.
 *
 * @param text the lines' text in reading order, one line a line, a blank line between paragraphs
 * @param lines each line with where it is on the page as given and how sure the engine is of it
 * @param confidence how sure the engine is of the page's text, 0–1: the lines' confidences weighted
 *     by their length; 0 for a page without text
 * @param skewDegrees how far the page's text was turned, counter-clockwise positive, as found and
 *     undone before reading; 0 when it was straight (or too little text to tell)
 */
public record PageText(String text, List<TextLine> lines, double confidence, double skewDegrees) {

  public PageText {
    lines = List.copyOf(lines);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("a confidence is 0–1, not " + confidence);
    }
  }

  /** A page on which nothing was read. */
  public static PageText empty(double skewDegrees) {
    return new PageText("", List.of(), 0, skewDegrees);
  }
}
