package kr.academy.ai.status;

/**
 * Counts the writing lines of an area and those that carry new ink. An area is cut into bands one
 * {@linkplain StatusRule#lineHeight line} high (a last band under half a line joins the one above);
 * a band is written when its new ink reaches {@linkplain StatusRule#lineInk a share} of its pixels.
 * Lines, not ink, decide the status: a page of answers in a fine pen and one in a thick marker are
 * equally done, and a stray mark fills one line, not a share of the page.
 */
final class WritingLines {

  /**
   * On a blank sheet, a band whose rows carry print this often is a printed line (a question, a
   * heading), not room to write; a ruled answer line takes a row or two and stays writing space.
   */
  private static final double PRINTED_ROWS = 0.25;

  /** A row carries print when this share of its width is printed ink. */
  private static final double PRINTED_ROW_INK = 0.005;

  private final StatusRule rule;
  private final int lineHeight;

  WritingLines(StatusRule rule, int pageHeight) {
    this.rule = rule;
    this.lineHeight = Math.max(1, (int) Math.round(pageHeight * rule.lineHeight()));
  }

  /**
   * A rectangle of pixels: columns {@code x0}–{@code x1}, rows {@code y0}–{@code y1}, ends open.
   */
  record Area(int x0, int y0, int x1, int y1) {
    long pixels() {
      return (long) (x1 - x0) * (y1 - y0);
    }
  }

  /** The counts of {@code area}: lines printed on {@code printed} (when given) are left out. */
  Count count(Area area, InkMask newInk, InkMask printed) {
    int lines = 0;
    int written = 0;
    long ink = 0;
    int bands = Math.max(1, (area.y1() - area.y0() + lineHeight / 2) / lineHeight);
    for (int band = 0; band < bands; band++) {
      int y0 = area.y0() + band * lineHeight;
      int y1 = band == bands - 1 ? area.y1() : Math.min(area.y1(), y0 + lineHeight);
      long bandInk = 0;
      int printedRows = 0;
      for (int y = y0; y < y1; y++) {
        bandInk += newInk.inRow(y, area.x0(), area.x1());
        if (printed != null
            && printed.inRow(y, area.x0(), area.x1())
                >= PRINTED_ROW_INK * (area.x1() - area.x0())) {
          printedRows++;
        }
      }
      ink += bandInk;
      if (printedRows >= PRINTED_ROWS * (y1 - y0)) {
        continue;
      }
      lines++;
      if (bandInk >= rule.lineInk() * (y1 - y0) * (area.x1() - area.x0())) {
        written++;
      }
    }
    return new Count(lines, written, ink, area.pixels());
  }

  /** What an area holds: writing lines, those written, new ink pixels of all its pixels. */
  record Count(int lines, int written, long ink, long pixels) {

    static final Count NONE = new Count(0, 0, 0, 0);

    Count plus(Count other) {
      return new Count(
          lines + other.lines, written + other.written, ink + other.ink, pixels + other.pixels);
    }

    double writtenShare() {
      return lines == 0 ? 0 : (double) written / lines;
    }

    double inkRatio() {
      return pixels == 0 ? 0 : (double) ink / pixels;
    }
  }
}
