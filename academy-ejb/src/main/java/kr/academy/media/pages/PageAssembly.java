package kr.academy.media.pages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns showings into pages, in order of first appearance.
 *
 * <ul>
 *   <li>Showings shorter than the hold time are skipped: transitions, flicker, slides clicked past.
 *   <li>A steady showing of the same slide as the one before (the same picture, or it with a bullet
 *       more or less) continues the current page: a build-up is one page.
 *   <li>Any other steady showing is a slide shown before (the same slide as any state of an earlier
 *       page: that page again, not a new one) or a new page.
 *   <li>A blank screen (almost no ink) is no page, and ends the page before it.
 *   <li>A page starts with the passing showings of the same slide just before it (bullets revealed
 *       faster than the hold time), and where the steady picture before it ended if what lies
 *       between is shorter than the hold time: a transition belongs to the page it leads to, so a
 *       click on the page plays the transition in.
 * </ul>
 */
final class PageAssembly {

  /** A picture with less ink than this share of its pixels (outside the lively region) is blank. */
  static final double BLANK_INK_SHARE = 0.003;

  private PageAssembly() {}

  static List<Page> of(List<Showing> showings, BitSet lively, double holdSeconds) {
    List<Page> pages = new ArrayList<>();
    List<Showing> passing = new ArrayList<>();
    Page current = null;
    Showing previous = null;
    double steadyEnd = 0;
    for (Showing showing : showings) {
      if (showing.duration() < holdSeconds) {
        passing.add(showing);
        continue;
      }
      if (blank(showing, lively)) {
        if (current != null) {
          current.leave(showing.start());
        }
        current = null;
      } else {
        boolean continues =
            current != null
                && FrameComparison.relation(previous.picture(), showing.picture(), lively)
                    .sameSlide();
        Page seen = continues ? current : shownBefore(pages, showing, lively);
        if (seen != null && seen == current) {
          current.add(showing);
        } else {
          double start = start(showing, passing, steadyEnd, lively, holdSeconds);
          if (current != null) {
            current.leave(start);
          }
          if (seen != null) {
            seen.add(showing);
            current = seen;
          } else {
            current = new Page(showing, start);
            pages.add(current);
          }
        }
        previous = showing;
      }
      passing.clear();
      steadyEnd = showing.end();
    }
    if (current != null) {
      current.leave(steadyEnd);
    }
    return pages;
  }

  /**
   * Where a page shown from the steady {@code showing} on starts: with the passing showings just
   * before it that show the same slide (bullets revealed faster than the hold time), and from the
   * end of the steady picture before them if only a transition lies between.
   */
  private static double start(
      Showing showing, List<Showing> passing, double steadyEnd, BitSet lively, double holdSeconds) {
    double start = showing.start();
    for (int i = passing.size() - 1;
        i >= 0
            && FrameComparison.relation(passing.get(i).picture(), showing.picture(), lively)
                .sameSlide();
        i--) {
      start = passing.get(i).start();
    }
    return start - steadyEnd <= holdSeconds ? steadyEnd : start;
  }

  private static Page shownBefore(List<Page> pages, Showing showing, BitSet lively) {
    return pages.stream().filter(page -> page.shows(showing, lively)).findFirst().orElse(null);
  }

  private static boolean blank(Showing showing, BitSet lively) {
    FrameBlocks picture = showing.picture();
    return picture.ink(lively) < BLANK_INK_SHARE * picture.pixels(lively);
  }
}
