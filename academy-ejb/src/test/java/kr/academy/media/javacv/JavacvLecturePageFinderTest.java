package kr.academy.media.javacv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.academy.media.pages.CodedFrames;
import kr.academy.media.pages.GrayFrame;
import kr.academy.media.pages.PageSettings;
import kr.academy.media.pages.SlidePage;
import kr.academy.media.pages.UnreadableVideo;
import kr.academy.testing.LectureScript;
import kr.academy.testing.LectureScript.Presenter;
import kr.academy.testing.LectureVideoFile;
import kr.academy.testing.PageScore;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page detection on real video files, written by the test with JavaCV's own FFmpeg (LGPL build:
 * libopenh264, or MPEG-4 Part 2): 320x180 at 10 frames a second, every nuisance, keyframes 8 s
 * apart, 12 s apart, and only one.
 */
class JavacvLecturePageFinderTest {

  private static final double FPS = 10;

  @TempDir static Path directory;

  private static final LectureScript EVERYTHING =
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
          .flicker(8)
          .build();

  private static final LectureScript WANDERING =
      LectureScript.lasting(200)
          .show(0, 11)
          .show(27, 12)
          .fade(55, 1, 13)
          .show(90.5, 14, 2)
          .show(104, 14, 5)
          .show(140, 12)
          .show(165, 15)
          .presenter(Presenter.WANDERING)
          .build();

  private static final LectureScript ONE_KEYFRAME =
      LectureScript.lasting(120)
          .show(0, 21)
          .show(19, 22)
          .fade(46, 1, 23)
          .show(80.5, 24)
          .presenter(Presenter.CORNER)
          .build();

  /** A lecture and the video file it was written to. */
  private record Written(LectureScript script, Path video) {}

  private static Written everything;
  private static Written wandering;
  private static Written oneKeyframe;

  @BeforeAll
  static void writeLectures() throws Exception {
    everything = write(EVERYTHING, "everything.mp4", 8);
    wandering = write(WANDERING, "wandering.mp4", 12);
    oneKeyframe = write(ONE_KEYFRAME, "one-keyframe.mp4", 1000);
  }

  private static Written write(LectureScript script, String name, double gopSeconds)
      throws Exception {
    Path video = directory.resolve(name);
    LectureVideoFile.write(script, video, 320, 180, FPS, gopSeconds);
    return new Written(script, video);
  }

  @Test
  void theGrabberReadsKeyframesSizesAndWindowsOnTheVideosClock() {
    try (GrabbedLectureFrames frames = GrabbedLectureFrames.open(everything.video().toString())) {
      assertTrue(frames.hasPicture());
      assertEquals(300, frames.durationSeconds(), 0.5);
      CodedFrames coded = frames.codedFrames();
      assertEquals(3000, coded.count(), 5);
      List<Double> keyframes = new ArrayList<>();
      frames.keyframes(frame -> keyframes.add(frame.seconds()));
      assertEquals(38, keyframes.size(), keyframes::toString);
      assertEquals(0, keyframes.get(0), 0.01);
      assertEquals(8, keyframes.get(1), 0.01);
      List<GrayFrame> window = new ArrayList<>();
      frames.frames(101, 104, 1, window::add);
      assertEquals(
          List.of(1010L, 1020L, 1030L),
          window.stream().map(frame -> Math.round(frame.seconds() * FPS)).toList());
      assertEquals(160, window.get(0).width());
    }
  }

  @Test
  void pagesOfEveryKindOfLectureAreFoundWithinASecond() {
    JavacvLecturePageFinder finder = new JavacvLecturePageFinder(PageSettings.defaults());
    int expected = 0;
    double right = 0;
    double found = 0;
    List<String> notes = new ArrayList<>();
    for (Written lecture : List.of(everything, wandering, oneKeyframe)) {
      List<SlidePage> pages = finder.find(lecture.video().toString());
      PageScore score = PageScore.of(lecture.script(), pages, 1.0);
      int pagesExpected = lecture.script().pages().size();
      expected += pagesExpected;
      right += score.recall() * pagesExpected;
      found += pages.size();
      notes.add(lecture.video().getFileName() + ": " + pages + " " + score.notes());
    }
    double precision = right / found;
    double recall = right / expected;
    assertTrue(precision >= 0.95 && recall >= 0.95, precision + " / " + recall + " " + notes);
  }

  @Test
  void aTransportStreamStartingAtTwoSecondsIsReadOnItsOwnClockFromKeyframes() throws Exception {
    LectureScript lecture = LectureScript.lasting(60).show(0, 31).show(27.5, 32).build();
    Path video = directory.resolve("lecture.ts");
    LectureVideoFile.write(lecture, video, 320, 180, FPS, 8, 2);
    try (GrabbedLectureFrames frames = GrabbedLectureFrames.open(video.toString())) {
      assertEquals(600, frames.codedFrames().count(), 5);
      List<Double> keyframes = new ArrayList<>();
      frames.keyframes(frame -> keyframes.add(frame.seconds()));
      assertEquals(0, keyframes.get(0), 0.05);
      List<GrayFrame> window = new ArrayList<>();
      frames.frames(20, 21.5, 1, window::add);
      assertEquals(
          List.of(200L, 210L), window.stream().map(f -> Math.round(f.seconds() * FPS)).toList());
    }
    List<SlidePage> pages =
        new JavacvLecturePageFinder(PageSettings.defaults()).find(video.toString());
    PageScore score = PageScore.of(lecture, pages, 1.0);
    assertEquals(1.0, score.recall(), pages + " " + score.notes());
  }

  @Test
  void anAudioOnlyUploadHasNoPages() throws Exception {
    Path audio = directory.resolve("a.m4a");
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(audio.toString(), 1)) {
      recorder.setFormat("mp4");
      recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
      recorder.setSampleRate(16_000);
      recorder.start();
      recorder.recordSamples(ShortBuffer.wrap(new short[16_000 * 3]));
      recorder.stop();
    }
    assertEquals(
        List.of(), new JavacvLecturePageFinder(PageSettings.defaults()).find(audio.toString()));
  }

  @Test
  void aFileThatIsNoVideoIsEmptyOrIsMissingIsUnreadable() throws Exception {
    Path notVideo = Files.writeString(directory.resolve("notes.mp4"), "not a video at all");
    JavacvLecturePageFinder finder = new JavacvLecturePageFinder(PageSettings.defaults());
    assertThrows(UnreadableVideo.class, () -> finder.find(notVideo.toString()));
    Path empty = Files.createFile(directory.resolve("empty.mp4"));
    assertThrows(UnreadableVideo.class, () -> finder.find(empty.toString()));
    assertThrows(
        UnreadableVideo.class, () -> finder.find(directory.resolve("gone.mp4").toString()));
  }
}
