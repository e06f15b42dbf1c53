package kr.academy.omr.reading;

/**
 * The numbers a sheet's marks are judged by (docs/omr.md, "Reading a sheet"; each is a property in
 * docs/configuration.md).
 *
 * @param minJump the smallest difference in mean gray (0–255) between neighbouring bubbles, sorted
 *     by darkness, that separates marked from unmarked bubbles (OMRChecker's {@code MIN_JUMP}, 25)
 * @param confidentSurplus what a field's own jump must exceed {@code minJump} by before the field's
 *     local threshold is trusted over the sheet's (OMRChecker's {@code CONFIDENT_SURPLUS}, 5)
 * @param lowConfidence a field whose confidence is below this is flagged {@code LOW_CONFIDENCE}
 * @param minPrintContrast the spread of gray (standard deviation) a bubble's rectangle shows when a
 *     printed bubble lies under it
 * @param minPrintedShare the share of the template's bubbles that must have print under them, else
 *     the sheet is not this template's (or not a sheet)
 */
public record ReadingRules(
    double minJump,
    double confidentSurplus,
    double lowConfidence,
    double minPrintContrast,
    double minPrintedShare) {

  public static final double DEFAULT_MIN_JUMP = 25;
  public static final double DEFAULT_CONFIDENT_SURPLUS = 5;
  public static final double DEFAULT_LOW_CONFIDENCE = 0.5;
  public static final double DEFAULT_MIN_PRINT_CONTRAST = 8;
  public static final double DEFAULT_MIN_PRINTED_SHARE = 0.6;

  public static final ReadingRules DEFAULTS =
      new ReadingRules(
          DEFAULT_MIN_JUMP,
          DEFAULT_CONFIDENT_SURPLUS,
          DEFAULT_LOW_CONFIDENCE,
          DEFAULT_MIN_PRINT_CONTRAST,
          DEFAULT_MIN_PRINTED_SHARE);

  public ReadingRules {
    if (minJump <= 0 || minJump >= 255) {
      throw new IllegalArgumentException("minJump must lie between 0 and 255: " + minJump);
    }
    if (confidentSurplus < 0) {
      throw new IllegalArgumentException("confidentSurplus must not be negative");
    }
    if (lowConfidence < 0 || lowConfidence > 1) {
      throw new IllegalArgumentException(
          "lowConfidence must lie between 0 and 1: " + lowConfidence);
    }
    if (minPrintedShare < 0 || minPrintedShare > 1) {
      throw new IllegalArgumentException(
          "minPrintedShare must lie between 0 and 1: " + minPrintedShare);
    }
  }
}
