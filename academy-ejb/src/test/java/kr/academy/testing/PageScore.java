package kr.academy.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.academy.media.pages.SlidePage;

/**
 * How well found pages match a lecture's expected ones. A found page is right when its image (cut
 * at {@code representativeSeconds}) shows, outside any crossfade, a slide expected and not matched
 * yet, and its start lies within the tolerance of that slide's first appearance. Precision is the
 * share of found pages that are right, recall the share of expected pages found; {@code notes} says
 * what went wrong, for the assertion message.
 */
public record PageScore(
    double precision,
    double recall,
    double meanStartError,
    double worstStartError,
    int fullest,
    List<String> notes) {

  public static PageScore of(LectureScript script, List<SlidePage> found, double toleranceSeconds) {
    List<LectureScript.ExpectedPage> expected = script.pages();
    Set<Integer> matched = new HashSet<>();
    List<String> notes = new ArrayList<>();
    double worst = 0;
    double total = 0;
    int right = 0;
    int fullest = 0;
    for (SlidePage page : found) {
      LectureScript.Shown shown = script.shownAt(page.representativeSeconds());
      if (shown == null) {
        notes.add(page + ": image inside a crossfade");
        continue;
      }
      LectureScript.ExpectedPage want =
          expected.stream().filter(e -> e.slide() == shown.slide()).findFirst().orElseThrow();
      double error = Math.abs(page.startSeconds() - want.start());
      if (matched.contains(want.slide())) {
        notes.add(page + ": slide " + want.slide() + " again");
      } else if (error > toleranceSeconds) {
        notes.add(page + ": slide " + want.slide() + " starts at " + want.start());
      } else {
        matched.add(want.slide());
        right++;
        worst = Math.max(worst, error);
        total += error;
        if (shown.bullets() == want.fullestBullets()) {
          fullest++;
        } else {
          notes.add(page + ": slide " + want.slide() + " with " + shown.bullets() + " bullets");
        }
      }
    }
    for (LectureScript.ExpectedPage want : expected) {
      if (!matched.contains(want.slide())) {
        notes.add("missed " + want);
      }
    }
    return new PageScore(
        found.isEmpty() ? 0 : (double) right / found.size(),
        expected.isEmpty() ? 1 : (double) right / expected.size(),
        right == 0 ? 0 : total / right,
        worst,
        fullest,
        notes);
  }
}
