package kr.academy.media.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import kr.academy.testing.LectureScript;
import kr.academy.testing.LectureScript.Presenter;
import kr.academy.testing.PageScore;
import kr.academy.testing.ScriptedLectureFrames;
import org.junit.jupiter.api.Test;

/**
 * Page detection over in-memory lectures (10 frames a second, 160x90), one nuisance at a time, then
 * all together. Pages must be exactly the slides, in order, starting within a second of their first
 * appearance, each pictured in its fullest state and never inside a crossfade.
 */
class SlidePageDetectionTest {

  private static final double FPS = 10;
  private static final double GOP_SECONDS = 8;

  @Test
  void cutsBetweenSlidesArePagesPlacedByTheCompressedSizesWithoutDecodingMore() {
    LectureScript lecture = slides(LectureScript.lasting(200)).build();
    ScriptedLectureFrames frames = new ScriptedLectureFrames(lecture, FPS, GOP_SECONDS);
    assertPages(lecture, find(frames), 0.2);
    // Keyframes, and the frames up to half a second after a few of them (looking for a presenter).
    int probes = LivelyRegion.PROBES * (int) (LivelyRegion.PROBE_SECONDS * FPS + 1);
    assertTrue(
        frames.decodedFrames() <= keyframes(frames) + probes,
        frames.decodedFrames() + " frames decoded");
  }

  @Test
  void aPresentersWebcamIsNoPage() {
    assertPages(slides(LectureScript.lasting(200)).presenter(Presenter.CORNER).build());
  }

  @Test
  void aPresenterWalkingAlongTheBottomIsNoPage() {
    assertPages(slides(LectureScript.lasting(200)).presenter(Presenter.WANDERING).build());
  }

  @Test
  void bulletsAppearingOneByOneAreOnePagePicturedFull() {
    LectureScript lecture =
        LectureScript.lasting(150)
            .show(0, 1)
            .show(20, 2, 1)
            .show(32, 2, 2)
            .show(45, 2, 3)
            .show(61, 2, 4)
            .show(74, 2, 5)
            .show(100, 3)
            .presenter(Presenter.CORNER)
            .build();
    assertPages(lecture);
  }

  @Test
  void bulletsRevealedFasterThanTheHoldTimeStartTheirPageWithTheSlide() {
    LectureScript lecture =
        LectureScript.lasting(120)
            .show(0, 1)
            .show(29, 2, 1)
            .show(30.5, 2, 2)
            .show(32.5, 2, 3)
            .show(34, 2, 4)
            .show(36, 2, 5)
            .show(80, 3)
            .build();
    assertPages(lecture);
  }

  @Test
  void aSlideShownAgainIsTheSamePageSpanningItsFirstShowing() {
    LectureScript lecture =
        LectureScript.lasting(180)
            .show(0, 1)
            .show(25, 2)
            .show(60, 3)
            .show(90, 2)
            .show(120, 4)
            .show(150, 1)
            .build();
    List<SlidePage> pages = assertPages(lecture);
    assertEquals(60, pages.get(1).endSeconds(), 1.0);
  }

  @Test
  void aBlankScreenIsNoPageAndEndsThePageBeforeIt() {
    LectureScript lecture =
        LectureScript.lasting(100)
            .show(0, 1)
            .show(30, LectureScript.BLANK)
            .show(52, 2)
            .presenter(Presenter.CORNER)
            .build();
    List<SlidePage> pages = assertPages(lecture);
    assertEquals(30, pages.get(0).endSeconds(), 1.0);
  }

  @Test
  void aSlideClickedPastInASecondIsNoPageEvenWhereAKeyframeShowsIt() {
    // The keyframe at 40 s shows slide 2, which is on screen from 39.7 to 40.3 s only.
    LectureScript lecture =
        LectureScript.lasting(100).show(0, 1).show(39.7, 2).show(40.3, 3).show(70, 4).build();
    List<SlidePage> pages = find(new ScriptedLectureFrames(lecture, FPS, GOP_SECONDS));
    assertEquals(
        List.of(1, 3, 4),
        pages.stream().map(page -> lecture.shownAt(page.representativeSeconds()).slide()).toList());
    assertEquals(40.3, pages.get(1).startSeconds(), 1.0);
  }

  @Test
  void crossfadesBelongToThePageTheyLeadToAndNeverPictureIt() {
    LectureScript lecture =
        LectureScript.lasting(180)
            .show(0, 1)
            .fade(30, 1, 2)
            .fade(62, 0.5, 3)
            .fade(95, 2.5, 4)
            .fade(140, 1.5, 5)
            .presenter(Presenter.CORNER)
            .build();
    assertPages(lecture);
  }

  @Test
  void encoderNoiseAndFlickerAfterKeyframesAreNoPages() {
    assertPages(slides(LectureScript.lasting(200)).noise(4).flicker(GOP_SECONDS).build());
  }

  @Test
  void slidesChangingOnOrJustAfterAKeyframeAreFoundByDecodingThere() {
    // Keyframes every 8 s flicker: the pictures after them are large whatever the slide does.
    LectureScript lecture =
        LectureScript.lasting(130)
            .show(0, 1)
            .show(24.2, 2)
            .show(56, 3)
            .show(88.4, 4)
            .show(104, 5)
            .flicker(GOP_SECONDS)
            .build();
    assertPages(lecture, find(new ScriptedLectureFrames(lecture, FPS, GOP_SECONDS)), 0.3);
  }

  @Test
  void keyframesTwelveSecondsApartAreFilledIn() {
    LectureScript lecture = slides(LectureScript.lasting(200)).presenter(Presenter.CORNER).build();
    assertPages(lecture, find(new ScriptedLectureFrames(lecture, FPS, 12)), 1.0);
  }

  @Test
  void aRecordingWithOneKeyframeIsDecodedOnceThrough() {
    LectureScript lecture = slides(LectureScript.lasting(200)).presenter(Presenter.CORNER).build();
    ScriptedLectureFrames frames = new ScriptedLectureFrames(lecture, FPS, 1000);
    assertPages(lecture, find(frames), 1.0);
    assertTrue(
        frames.decodedFrames() <= frames.frameCount() + 1,
        frames.decodedFrames() + " frames decoded of " + frames.frameCount());
  }

  @Test
  void everythingAtOnce() {
    LectureScript lecture =
        LectureScript.lasting(300)
            .show(0, 1)
            .show(22, 2, 1)
            .show(34, 2, 3)
            .show(49, 2, 5)
            .fade(70, 1, 3)
            .show(104, 4)
            .fade(131, 2, 2)
            .show(160, 5, 2)
            .show(175, 5, 4)
            .fade(200, 1, 6)
            .show(240, 3)
            .show(270, 7)
            .presenter(Presenter.CORNER)
            .noise(3)
            .flicker(GOP_SECONDS)
            .build();
    assertPages(lecture);
  }

  @Test
  void moreSlidesThanTheMaximumKeepsTheLongestShownEachOnce() {
    LectureScript.Builder builder = LectureScript.lasting(20 * 15 + 60);
    double at = 0;
    for (int slide = 1; slide <= 20; slide++) {
      builder.show(at, slide);
      at += slide % 4 == 0 ? 30 : 12;
    }
    LectureScript lecture = builder.build();
    List<SlidePage> pages =
        new SlidePageDetection(PageSettings.defaults())
            .find(new ScriptedLectureFrames(lecture, FPS, GOP_SECONDS));
    assertEquals(15, pages.size());
    PageScore score = PageScore.of(lecture, pages, 1.0);
    assertEquals(1.0, score.precision(), score.notes()::toString);
    for (int slide = 4; slide <= 20; slide += 4) {
      int longShown = slide;
      assertTrue(
          pages.stream()
              .anyMatch(p -> lecture.shownAt(p.representativeSeconds()).slide() == longShown),
          "slide " + slide + " is shown 30 s and is kept");
    }
    for (int i = 0; i < pages.size(); i++) {
      assertEquals(i, pages.get(i).index());
      assertTrue(i == 0 || pages.get(i - 1).startSeconds() < pages.get(i).startSeconds());
    }
  }

  @Test
  void aVideoWithoutPictureHasNoPages() {
    assertEquals(List.of(), new SlidePageDetection(PageSettings.defaults()).find(new AudioOnly()));
  }

  /** Slides cut in at irregular moments, 18 to 40 s apart, so keyframes fall everywhere. */
  private static LectureScript.Builder slides(LectureScript.Builder builder) {
    return builder.show(0, 1).show(23, 2).show(41.5, 3).show(79, 4).show(107.3, 5).show(150, 6);
  }

  private static List<SlidePage> find(ScriptedLectureFrames frames) {
    return new SlidePageDetection(PageSettings.defaults()).find(frames);
  }

  private static List<SlidePage> assertPages(LectureScript lecture) {
    return assertPages(lecture, find(new ScriptedLectureFrames(lecture, FPS, GOP_SECONDS)), 1.0);
  }

  private static List<SlidePage> assertPages(
      LectureScript lecture, List<SlidePage> pages, double toleranceSeconds) {
    PageScore score = PageScore.of(lecture, pages, toleranceSeconds);
    String why = pages + " " + score.notes();
    assertEquals(1.0, score.precision(), why);
    assertEquals(1.0, score.recall(), why);
    assertEquals(lecture.pages().size(), score.fullest(), why);
    for (SlidePage page : pages) {
      assertTrue(page.startSeconds() < page.endSeconds(), page::toString);
    }
    return pages;
  }

  private static int keyframes(ScriptedLectureFrames frames) {
    return (int) Math.ceil(frames.frameCount() / (FPS * GOP_SECONDS));
  }

  /** An audio-only upload. */
  private static final class AudioOnly implements LectureFrames {
    @Override
    public boolean hasPicture() {
      return false;
    }

    @Override
    public double durationSeconds() {
      return 60;
    }

    @Override
    public CodedFrames codedFrames() {
      return CodedFrames.none();
    }

    @Override
    public void keyframes(Consumer<GrayFrame> each) {}

    @Override
    public void frames(double from, double to, double step, Predicate<GrayFrame> more) {}

    @Override
    public void close() {}
  }
}
