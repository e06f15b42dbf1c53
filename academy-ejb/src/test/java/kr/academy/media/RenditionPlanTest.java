package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Never above the source, never re-encoding what can be copied. */
class RenditionPlanTest {

  private static MediaInfo video(String codec, int width, int height, String audio) {
    return new MediaInfo(600, true, codec, width, height, 30, 18000, audio != null, audio);
  }

  private static String describe(List<Rendition> plan) {
    return plan.stream()
        .map(
            r ->
                r.name()
                    + " "
                    + r.width()
                    + "x"
                    + r.height()
                    + (r.copyVideo() ? " copy" : " encode"))
        .toList()
        .toString();
  }

  @Test
  void anH264SourceWithinTheTopSizeIsCopiedAndOnlySmallerRenditionsAreEncoded() {
    assertEquals(
        "[720p 1280x720 copy, 360p 640x360 encode]",
        describe(RenditionPlan.of(video("h264", 1280, 720, "aac"))));
    assertEquals(
        "[480p 854x480 copy, 360p 640x360 encode]",
        describe(RenditionPlan.of(video("h264", 854, 480, "aac"))));
    List<Rendition> plan = RenditionPlan.of(video("h264", 1280, 720, "aac"));
    assertTrue(plan.get(0).copyAudio() && plan.get(1).copyAudio(), "AAC is copied everywhere");
  }

  @Test
  void aLargerPictureOrAnotherCodecIsEncodedAtTheLargestSizeThatFits() {
    assertEquals(
        "[720p 1280x720 encode, 360p 640x360 encode]",
        describe(RenditionPlan.of(video("h264", 1920, 1080, "aac"))));
    assertEquals(
        "[720p 1280x720 encode, 360p 640x360 encode]",
        describe(RenditionPlan.of(video("vp9", 1280, 720, "opus"))));
    assertFalse(RenditionPlan.of(video("vp9", 1280, 720, "opus")).get(0).copyAudio());
    // A 4:3 screen recording keeps its shape.
    assertEquals(
        "[720p 960x720 encode, 360p 480x360 encode]",
        describe(RenditionPlan.of(video("h264", 1440, 1080, null))));
  }

  @Test
  void aSmallSourceGetsOneRenditionAtItsOwnSize() {
    assertEquals("[360p 640x360 copy]", describe(RenditionPlan.of(video("h264", 640, 360, "aac"))));
    assertEquals("[240p 320x240 copy]", describe(RenditionPlan.of(video("h264", 320, 240, null))));
    assertEquals(
        "[240p 320x240 encode]", describe(RenditionPlan.of(video("mpeg4", 320, 240, null))));
  }

  @Test
  void aPortraitRecordingFitsTheSameSizesTurned() {
    assertEquals(
        "[720p 720x1280 copy, 360p 360x640 encode]",
        describe(RenditionPlan.of(video("h264", 720, 1280, "aac"))));
  }

  @Test
  void soundAloneGetsOneAudioRendition() {
    List<Rendition> plan = RenditionPlan.of(MediaInfo.audioOnly(60, "aac"));
    assertEquals(1, plan.size());
    assertTrue(plan.get(0).audioOnly());
    assertTrue(plan.get(0).copyAudio());
  }
}
