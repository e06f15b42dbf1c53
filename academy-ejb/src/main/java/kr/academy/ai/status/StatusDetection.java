package kr.academy.ai.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import kr.academy.ai.status.SheetAlignment.Aligned;
import kr.academy.ai.status.WritingLines.Area;
import kr.academy.ai.status.WritingLines.Count;
import kr.academy.pages.PageImage;

/**
 * "Is the homework done?" for one page (STATUS_DETECT; the rule and its reasons: docs/ai.md, Status
 * detection). The paper is evened out first; with a blank sheet, the scan is aligned onto it and
 * ink the blank already has (grown a little, for what alignment leaves) is not counted, so printed
 * questions are not homework. The share of writing lines that carry new ink decides the status, per
 * region and for the page.
 */
@ApplicationScoped
public class StatusDetection {

  /** Without regions, a margin this wide on each side is left out: scan edges, punch holes. */
  private static final double PAGE_MARGIN = 0.04;

  /** How far printed ink is grown before it is taken away, as a share of the page's width. */
  private static final double PRINT_TOLERANCE = 0.004;

  private static final int MIN_PRINT_TOLERANCE = 2;

  private SheetAlignment alignment;
  private StatusSettings settings;

  /** For CDI's proxy. */
  protected StatusDetection() {}

  @Inject
  public StatusDetection(SheetAlignment alignment, StatusSettings settings) {
    this.alignment = alignment;
    this.settings = settings;
  }

  /** The status of {@code page} as {@code options} ask. */
  public PageStatus detect(PageImage page, StatusOptions options) {
    StatusRule rule =
        options
            .thresholds()
            .map(own -> settings.rule().withThresholds(own.blankBelow(), own.completeFrom()))
            .orElse(settings.rule());
    PageImage flat = Paper.flatten(page);
    InkMask printed = null;
    OptionalDouble match = OptionalDouble.empty();
    if (options.blank().isPresent()) {
      PageImage blank = Paper.flatten(options.blank().get());
      Aligned aligned = alignment.align(flat, blank);
      flat = aligned.page();
      match = OptionalDouble.of(aligned.correlation());
      printed = InkMask.of(blank, rule.inkContrast());
    }
    InkMask ink = InkMask.of(flat, rule.inkContrast());
    InkMask newInk =
        printed == null
            ? ink
            : ink.without(
                printed.grown(
                    Math.max(
                        MIN_PRINT_TOLERANCE, (int) Math.round(flat.width() * PRINT_TOLERANCE))));
    WritingLines lines = new WritingLines(rule, flat.height());
    if (options.regions().isEmpty()) {
      int marginX = (int) Math.round(flat.width() * PAGE_MARGIN);
      int marginY = (int) Math.round(flat.height() * PAGE_MARGIN);
      Area inside = new Area(marginX, marginY, flat.width() - marginX, flat.height() - marginY);
      Count count = count(lines, inside, newInk, printed);
      return new PageStatus(
          rule.statusOf(count.writtenShare()),
          count.inkRatio(),
          count.written(),
          count.lines(),
          match,
          List.of());
    }
    List<AreaStatus> regions = new ArrayList<>();
    Count total = Count.NONE;
    for (StatusRegion region : options.regions()) {
      Count count = count(lines, area(region, flat), newInk, printed);
      regions.add(
          new AreaStatus(
              region.name(),
              rule.statusOf(count.writtenShare()),
              count.inkRatio(),
              count.written(),
              count.lines()));
      total = total.plus(count);
    }
    return new PageStatus(
        overall(regions), total.inkRatio(), total.written(), total.lines(), match, regions);
  }

  /**
   * The lines of {@code area} left free by the print; an area that is all print (a fill-in-the-gap
   * line, a table) has only its printed lines to be written on, so those count.
   */
  private static Count count(WritingLines lines, Area area, InkMask newInk, InkMask printed) {
    Count count = lines.count(area, newInk, printed);
    return count.lines() == 0 && printed != null ? lines.count(area, newInk, null) : count;
  }

  private static Area area(StatusRegion region, PageImage page) {
    int x0 = (int) Math.floor(region.x() * page.width());
    int y0 = (int) Math.floor(region.y() * page.height());
    int x1 = Math.min(page.width(), (int) Math.ceil((region.x() + region.width()) * page.width()));
    int y1 =
        Math.min(page.height(), (int) Math.ceil((region.y() + region.height()) * page.height()));
    return new Area(
        Math.min(x0, page.width() - 1),
        Math.min(y0, page.height() - 1),
        Math.max(x1, x0 + 1),
        Math.max(y1, y0 + 1));
  }

  /** A page is blank, or complete, only when every one of its regions is. */
  private static HomeworkStatus overall(List<AreaStatus> regions) {
    if (regions.stream().allMatch(region -> region.status() == HomeworkStatus.BLANK)) {
      return HomeworkStatus.BLANK;
    }
    return regions.stream().allMatch(region -> region.status() == HomeworkStatus.COMPLETE)
        ? HomeworkStatus.COMPLETE
        : HomeworkStatus.PARTIAL;
  }
}
