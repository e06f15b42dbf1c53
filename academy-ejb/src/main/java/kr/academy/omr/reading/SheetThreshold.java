package kr.academy.omr.reading;

import java.util.Arrays;

/**
 * The gray level below which a bubble counts as marked on one sheet, from the mean gray of every
 * bubble on it (docs/omr.md, "Reading a sheet"). Most bubbles of an answer sheet are unmarked, so
 * the median is the unmarked level; sorted by darkness, the bubbles' means show a jump of at least
 * {@code minJump} between the lightest mark and the unmarked bubbles, and the threshold is the
 * middle of the jump nearest the unmarked level — so that a faint mark, clearly darker than the
 * unmarked bubbles of the same sheet, counts, where OMRChecker's largest jump would sit between the
 * dark and the faint marks.
 *
 * @param threshold a bubble whose mean is below this is marked
 * @param unmarkedLevel the median mean of all bubbles
 * @param markedLevel the median mean of the marked bubbles; the threshold less half the jump when
 *     none is marked
 * @param jump the jump the threshold lies in (0 when nothing is marked)
 */
public record SheetThreshold(
    double threshold, double unmarkedLevel, double markedLevel, double jump) {

  public static SheetThreshold of(double[] means, ReadingRules rules) {
    if (means.length == 0) {
      throw new IllegalArgumentException("a sheet without bubbles has no threshold");
    }
    double[] sorted = means.clone();
    Arrays.sort(sorted);
    double unmarked = median(sorted, 0, sorted.length);
    for (int i = sorted.length - 2; i >= 0; i--) {
      double jump = sorted[i + 1] - sorted[i];
      if (sorted[i + 1] <= unmarked && jump >= rules.minJump()) {
        return new SheetThreshold(sorted[i] + jump / 2, unmarked, median(sorted, 0, i + 1), jump);
      }
    }
    double threshold = unmarked - rules.minJump();
    return new SheetThreshold(threshold, unmarked, threshold - rules.minJump() / 2, 0);
  }

  public boolean marks(double mean) {
    return mean < threshold;
  }

  /**
   * How clearly a bubble lies on its side of the threshold, 0–1: a mark against half the contrast
   * between the sheet's marked and unmarked levels (a mark half as dark as the sheet's usual mark
   * scores 0.5), an unmarked bubble against the distance from the threshold to the unmarked level.
   */
  public double confidence(double mean) {
    double distance = Math.abs(mean - threshold);
    double scale =
        marks(mean)
            ? Math.min(threshold - markedLevel, (unmarkedLevel - markedLevel) / 2)
            : unmarkedLevel - threshold;
    return scale <= 0 ? 1 : Math.min(1, distance / scale);
  }

  private static double median(double[] sorted, int from, int to) {
    int n = to - from;
    int middle = from + n / 2;
    return n % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
