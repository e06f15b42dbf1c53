package kr.academy.ai.status;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The status of one page: over its writing space as a whole, and per region when regions were asked
 * for (then the page is BLANK or COMPLETE only when every region is). {@code alignment} is how well
 * the scan matched the blank sheet after alignment (a correlation, 1 for a perfect match; empty
 * without a blank): a low one means the page is probably another sheet.
 */
public record PageStatus(
    HomeworkStatus status,
    double inkRatio,
    int writtenLines,
    int lines,
    OptionalDouble alignment,
    List<AreaStatus> regions) {

  public PageStatus {
    regions = List.copyOf(regions);
  }
}
