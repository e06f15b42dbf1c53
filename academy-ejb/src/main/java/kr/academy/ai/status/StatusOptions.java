package kr.academy.ai.status;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.academy.pages.PageImage;

/**
 * What a STATUS_DETECT job asks about each page: its answer spaces ({@code regions}; none means the
 * whole page), the sheet as printed before anyone wrote on it ({@code blank}; then only ink that is
 * not on the blank counts), and thresholds of its own ({@code thresholds}; empty means the
 * configured ones).
 */
public record StatusOptions(
    List<StatusRegion> regions, Optional<PageImage> blank, Optional<StatusThresholds> thresholds) {

  public StatusOptions {
    regions = List.copyOf(regions);
    Set<String> names = new HashSet<>();
    for (StatusRegion region : regions) {
      if (!names.add(region.name())) {
        throw new IllegalArgumentException("two regions are named " + region.name());
      }
    }
  }

  /** The whole of each page, no blank, the configured thresholds. */
  public static StatusOptions wholePage() {
    return new StatusOptions(List.of(), Optional.empty(), Optional.empty());
  }

  /** A job's own thresholds; {@code null} keeps the configured one. */
  public record StatusThresholds(Double blankBelow, Double completeFrom) {}
}
