package kr.academy.media.pages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Cuts the samples into showings: a sample that shows the same picture as the first sample of the
 * current showing (outside the lively region) belongs to it; any other starts the next one, and the
 * change between the two is placed by the {@link ChangeLocator}, to the frame where it may start a
 * page. Comparing with the first sample rather than the previous one keeps a slow transition from
 * creeping, sample by sample, from one slide into the next.
 */
final class Showings {

  private Showings() {}

  static List<Showing> of(
      List<Sample> samples, BitSet lively, ChangeLocator locator, double durationSeconds) {
    List<List<Sample>> runs = new ArrayList<>();
    List<Sample> run = new ArrayList<>();
    for (Sample sample : samples) {
      if (!run.isEmpty() && !FrameComparison.same(run.get(0).frame(), sample.frame(), lively)) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(sample);
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    List<Showing> showings = new ArrayList<>();
    double start = 0;
    for (int i = 0; i < runs.size(); i++) {
      List<Sample> current = runs.get(i);
      double end = durationSeconds;
      if (i + 1 < runs.size()) {
        Sample before = current.get(current.size() - 1);
        Sample after = runs.get(i + 1).get(0);
        int changed =
            FrameComparison.changedBlocks(before.frame(), after.frame(), lively).cardinality();
        // Only a change to another picture may start a page; a bullet more or less never does.
        boolean anotherPicture =
            !FrameComparison.relation(before.frame(), after.frame(), lively).sameSlide();
        // A change is placed after the samples before it, so showings never overlap.
        end = Math.max(start, locator.locate(before, after, changed, anotherPicture));
      }
      showings.add(new Showing(current, start, end));
      start = end;
    }
    return showings;
  }
}
