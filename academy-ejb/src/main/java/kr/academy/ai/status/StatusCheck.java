package kr.academy.ai.status;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import kr.academy.ai.status.SheetAlignment.Aligned;
import kr.academy.ai.status.WritingLines.Area;
import kr.academy.ai.status.WritingLines.Count;
import kr.academy.pages.PageImage;

/**
 * Status detection prepared for one job ({@link StatusDetection#prepare}): its rule, its regions,
 * and its blank sheet evened out with its print found once, however many pages are checked against
 * it. Nothing in it changes while a page is checked, so pages may be checked from several threads.
 */
public final class StatusCheck {

  /** Without regions, a margin this wide on each side is left out: scan edges, punch holes. */
  private static final double PAGE_MARGIN = 0.04;

  /** How far printed ink is grown before it is taken away, as a share of the page's width. */
  private static final double PRINT_TOLERANCE = 0.004;

  private static final int MIN_PRINT_TOLERANCE = 2;

  private final SheetAlignment alignment;
  private final StatusRule rule;
  private final List<StatusRegion> regions;
  private final PageImage blank;
  private final InkMask printed;
  private final InkMask printedGrown;

  StatusCheck(SheetAlignment alignment, StatusRule rule, StatusOptions options) {
    this.alignment = alignment;
    this.rule = rule;
    this.regions = options.regions();
    this.blank = options.blank().map(Paper::flatten).orElse(null);
    this.printed = blank == null ? null : InkMask.of(blank, rule.inkContrast());
    this.printedGrown =
        printed == null
            ? null
            : printed.grown(
                Math.max(MIN_PRINT_TOLERANCE, (int) Math.round(blank.width() * PRINT_TOLERANCE)));
  }

  /** The status of {@code page}. */
  public PageStatus detect(PageImage page) {
    PageImage flat = Paper.flatten(page);
    OptionalDouble match = OptionalDouble.empty();
    if (blank != null) {
      Aligned aligned = alignment.align(flat, blank);
      flat = aligned.page();
      match = OptionalDouble.of(aligned.correlation());
    }
    InkMask ink = InkMask.of(flat, rule.inkContrast());
    InkMask newInk = printedGrown == null ? ink : ink.without(printedGrown);
    WritingLines lines = new WritingLines(rule, flat.height());
    if (regions.isEmpty()) {
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
    List<AreaStatus> areas = new ArrayList<>();
    Count total = Count.NONE;
    for (StatusRegion region : regions) {
      Count count = count(lines, area(region, flat), newInk, printed);
      areas.add(
          new AreaStatus(
              region.name(),
              rule.statusOf(count.writtenShare()),
              count.inkRatio(),
              count.written(),
              count.lines()));
      total = total.plus(count);
    }
    return new PageStatus(
        overall(areas), total.inkRatio(), total.written(), total.lines(), match, areas);
  }

  /**
   * The lines of {@code area} left free by the print; an area that is all print (a fill-in-the-gap
   * line, a table) has only its printed lines to be written on, so those count.
   */
  private static Count count(WritingLines lines, Area area, InkMask newInk, InkMask printed) {
    Count count = lines.count(area, newInk, printed);
    return count.lines() == 0 && printed != null ? lines.count(area, newInk, null) : count;
  }

  /** The pixels of {@code region}: at least one, whatever the rounding. */
  private static Area area(StatusRegion region, PageImage page) {
    int x0 = Math.min(page.width() - 1, (int) Math.floor(region.x() * page.width()));
    int y0 = Math.min(page.height() - 1, (int) Math.floor(region.y() * page.height()));
    int x1 = (int) Math.ceil((region.x() + region.width()) * page.width());
    int y1 = (int) Math.ceil((region.y() + region.height()) * page.height());
    return new Area(
        x0,
        y0,
        Math.max(x0 + 1, Math.min(page.width(), x1)),
        Math.max(y0 + 1, Math.min(page.height(), y1)));
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
