package kr.academy.media.pages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A distinct slide of the lecture while pages are being assembled: every steady showing of it (each
 * state of a build-up, each time it is shown again), and the span of its first showing.
 */
final class Page {

  private final List<Showing> showings = new ArrayList<>();
  private final double start;
  private double end;
  private boolean firstShowingOver;

  Page(Showing first, double start) {
    this.start = start;
    this.end = first.end();
    showings.add(first);
  }

  /** Another steady showing of this slide: the next bullet, or the slide shown again. */
  void add(Showing showing) {
    showings.add(showing);
    if (!firstShowingOver) {
      end = showing.end();
    }
  }

  /** The lecture moved on to something else at {@code seconds}. */
  void leave(double seconds) {
    if (!firstShowingOver) {
      end = Math.max(end, seconds);
      firstShowingOver = true;
    }
  }

  /** Whether {@code showing} shows this slide (in any state of it). */
  boolean shows(Showing showing, BitSet lively) {
    return showings.stream()
        .anyMatch(
            own -> FrameComparison.relation(own.picture(), showing.picture(), lively).sameSlide());
  }

  double start() {
    return start;
  }

  double end() {
    return end;
  }

  /** How long the slide is shown steadily in all, every time together. */
  double shownSeconds() {
    return showings.stream().mapToDouble(Showing::duration).sum();
  }

  /** Where to cut the page's image: inside its fullest showing (most ink, then the longest). */
  double representativeSeconds(BitSet lively) {
    return showings.stream()
        .max(
            Comparator.comparingInt((Showing showing) -> showing.picture().ink(lively))
                .thenComparingDouble(Showing::duration))
        .orElseThrow()
        .representativeSeconds();
  }
}
