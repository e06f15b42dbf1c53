package kr.academy.media.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import kr.academy.testing.LectureScript;
import kr.academy.testing.LectureScript.Presenter;
import kr.academy.testing.ScriptedLectureFrames;
import org.junit.jupiter.api.Test;

class LivelyRegionTest {

  @Test
  void thePresentersCornerIsLivelyAndTheSlidesAreNot() {
    LectureScript lecture = lecture(Presenter.CORNER);
    BitSet lively = LivelyRegion.of(samples(lecture), frames(lecture));
    assertTrue(lively.get(block(0.85, 0.8)), lively::toString);
    assertTrue(!lively.get(block(0.3, 0.1)) && !lively.get(block(0.3, 0.3)), lively::toString);
    assertTrue(lively.cardinality() < FrameBlocks.COUNT / 4, lively::toString);
  }

  @Test
  void withoutAPresenterNothingIsLively() {
    assertEquals(
        new BitSet(),
        LivelyRegion.of(samples(lecture(Presenter.NONE)), frames(lecture(Presenter.NONE))));
  }

  private static LectureScript lecture(Presenter presenter) {
    return LectureScript.lasting(160)
        .show(0, 1, 2)
        .show(20, 1, 4)
        .show(40, 2)
        .show(75, 3)
        .show(110, 4, 1)
        .show(130, 4, 3)
        .presenter(presenter)
        .build();
  }

  private static List<Sample> samples(LectureScript lecture) {
    List<Sample> samples = new ArrayList<>();
    for (double t = 0; t < lecture.duration(); t += 4) {
      samples.add(new Sample(FrameComparisonTest.frame(lecture, t), true));
    }
    return samples;
  }

  private static ScriptedLectureFrames frames(LectureScript lecture) {
    return new ScriptedLectureFrames(lecture, 10, 4);
  }

  private static int block(double u, double v) {
    return (int) (v * FrameBlocks.ROWS) * FrameBlocks.COLUMNS + (int) (u * FrameBlocks.COLUMNS);
  }
}
