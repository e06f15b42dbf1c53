package kr.academy.media.pages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The pages a video gets: every distinct slide, or, when there are more than the maximum, the
 * slides shown longest (all showings together; an earlier first appearance wins a tie). A slide the
 * teacher stayed on is what a student looks for; one clicked through in passing is not. The pages
 * kept are numbered again in order of first appearance, and keep the spans of their own first
 * showing (the spans of the pages left out are not handed to their neighbours).
 */
final class PageSelection {

  private PageSelection() {}

  static List<SlidePage> of(List<Page> pages, int maxPages, BitSet lively) {
    List<Page> kept = new ArrayList<>(pages);
    if (kept.size() > maxPages) {
      kept.sort(
          Comparator.comparingDouble(Page::shownSeconds)
              .reversed()
              .thenComparingDouble(Page::start));
      kept = new ArrayList<>(kept.subList(0, maxPages));
    }
    kept.sort(Comparator.comparingDouble(Page::start));
    List<SlidePage> slidePages = new ArrayList<>();
    for (Page page : kept) {
      slidePages.add(
          new SlidePage(
              slidePages.size(), page.start(), page.end(), page.representativeSeconds(lively)));
    }
    return slidePages;
  }
}
