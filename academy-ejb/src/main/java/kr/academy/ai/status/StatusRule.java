package kr.academy.ai.status;

/**
 * The thresholds of status detection (docs/configuration.md, {@code academy.ai.status.*}; why these
 * defaults: docs/ai.md, Status detection).
 *
 * @param blankBelow share of written lines under which an area is BLANK
 * @param completeFrom share of written lines from which an area is COMPLETE
 * @param lineHeight height of one writing line, as a fraction of the page's height
 * @param inkContrast how much darker than the paper around it a pixel must be to be ink (0–1)
 * @param lineInk share of a line's pixels that must be new ink for the line to count as written
 */
public record StatusRule(
    double blankBelow, double completeFrom, double lineHeight, double inkContrast, double lineInk) {

  public static final double DEFAULT_BLANK_BELOW = 0.05;
  public static final double DEFAULT_COMPLETE_FROM = 0.75;
  public static final double DEFAULT_LINE_HEIGHT = 0.025;
  public static final double DEFAULT_INK_CONTRAST = 0.3;
  public static final double DEFAULT_LINE_INK = 0.002;

  public static final StatusRule DEFAULT =
      new StatusRule(
          DEFAULT_BLANK_BELOW,
          DEFAULT_COMPLETE_FROM,
          DEFAULT_LINE_HEIGHT,
          DEFAULT_INK_CONTRAST,
          DEFAULT_LINE_INK);

  public StatusRule {
    if (!(blankBelow >= 0 && blankBelow < completeFrom && completeFrom <= 1)) {
      throw new IllegalArgumentException(
          "status thresholds need 0 ≤ blankBelow < completeFrom ≤ 1, not "
              + blankBelow
              + " and "
              + completeFrom);
    }
    if (!(lineHeight > 0 && lineHeight <= 1)
        || !(inkContrast > 0 && inkContrast < 1)
        || !(lineInk > 0 && lineInk < 1)) {
      throw new IllegalArgumentException(
          "status line height, ink contrast and line ink are fractions between 0 and 1");
    }
  }

  /** This rule with the thresholds a job asks for; {@code null} keeps this rule's. */
  public StatusRule withThresholds(Double blankBelow, Double completeFrom) {
    return new StatusRule(
        blankBelow == null ? this.blankBelow : blankBelow,
        completeFrom == null ? this.completeFrom : completeFrom,
        lineHeight,
        inkContrast,
        lineInk);
  }

  /** The status of an area where {@code writtenShare} of the lines carry writing. */
  HomeworkStatus statusOf(double writtenShare) {
    if (writtenShare < blankBelow) {
      return HomeworkStatus.BLANK;
    }
    return writtenShare >= completeFrom ? HomeworkStatus.COMPLETE : HomeworkStatus.PARTIAL;
  }
}
