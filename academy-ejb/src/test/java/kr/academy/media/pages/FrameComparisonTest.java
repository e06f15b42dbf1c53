package kr.academy.media.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import kr.academy.media.pages.FrameComparison.Relation;
import kr.academy.testing.LectureScript;
import org.junit.jupiter.api.Test;

class FrameComparisonTest {

  private static final BitSet NOTHING_LIVELY = new BitSet();

  /**
   * Slide 1 with three bullets from 0, with five from 10; slide 2 from 20, crossfading over 2 s.
   */
  private static final LectureScript LECTURE =
      LectureScript.lasting(30).show(0, 1, 3).show(10, 1, 5).fade(20, 2, 2).build();

  private static final LectureScript NOISY =
      LectureScript.lasting(30)
          .show(0, 1, 3)
          .show(10, 1, 5)
          .fade(20, 2, 2)
          .noise(4)
          .flicker(5)
          .build();

  @Test
  void theSamePictureWithNoiseAndFlickerIsTheSame() {
    assertEquals(Relation.SAME, relation(NOISY, 1, 5.05));
    assertEquals(Relation.SAME, relation(NOISY, 12, 15.1));
  }

  @Test
  void bulletsAddedToASlideGrowIt() {
    assertEquals(Relation.GROWS, relation(LECTURE, 5, 15));
    assertEquals(Relation.GROWS, relation(NOISY, 5, 15));
  }

  @Test
  void aSlideShownAgainWithFewerBulletsShrinks() {
    assertEquals(Relation.SHRINKS, relation(LECTURE, 15, 5));
  }

  @Test
  void anotherSlideIsDifferent() {
    assertEquals(Relation.DIFFERENT, relation(LECTURE, 15, 25));
    assertEquals(Relation.DIFFERENT, relation(NOISY, 15, 25));
  }

  @Test
  void aFrameInsideACrossfadeIsNeitherSlide() {
    assertEquals(Relation.DIFFERENT, relation(LECTURE, 15, 21));
    assertEquals(Relation.DIFFERENT, relation(LECTURE, 21, 25));
  }

  @Test
  void changedBlocksCoverTheNewBulletsOnly() {
    BitSet changed = FrameComparison.changedBlocks(frame(LECTURE, 5), frame(LECTURE, 15));
    assertTrue(changed.cardinality() > 0);
    assertTrue(changed.cardinality() < FrameBlocks.COUNT / 4, changed::toString);
    changed.stream()
        .forEach(block -> assertTrue(block / FrameBlocks.COLUMNS >= 3, "row of block " + block));
  }

  private static Relation relation(LectureScript script, double earlier, double later) {
    return FrameComparison.relation(frame(script, earlier), frame(script, later), NOTHING_LIVELY);
  }

  static FrameBlocks frame(LectureScript script, double seconds) {
    byte[] levels = new byte[160 * 90];
    script.paint(seconds, 160, 90, levels);
    return new FrameBlocks(new GrayFrame(seconds, 160, 90, levels));
  }
}
