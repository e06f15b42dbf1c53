package kr.academy.media.javacv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import kr.academy.media.MediaInfo;
import kr.academy.media.MediaRejected;
import kr.academy.media.MediaTools;
import kr.academy.media.Rendition;
import kr.academy.media.RenditionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FFmpeg JavaCV ships, on files written here: what probing finds, stills, HLS by stream copy
 * and by libopenh264, sound alone, and files that are not videos.
 */
class FfmpegMediaToolsTest {

  private final FfmpegMediaTools tools = new FfmpegMediaTools();

  @TempDir Path dir;

  @Test
  void probingReadsStreamsLengthAndSize() throws Exception {
    Path file = GeneratedVideos.lecture(dir.resolve("a.mp4"), 320, 240, 3, true, null);
    MediaInfo info = tools.probe(file);
    assertTrue(info.hasVideo() && info.hasAudio());
    assertEquals("h264", info.videoCodec());
    assertEquals("aac", info.audioCodec());
    assertEquals(320, info.width());
    assertEquals(240, info.height());
    assertEquals(3.0, info.durationSeconds(), 0.2);
    assertTrue(info.videoFrames() > 60, "frames " + info.videoFrames());
  }

  @Test
  void stillsAreJpegsScaledDownNeverUp() throws Exception {
    Path file = GeneratedVideos.lecture(dir.resolve("a.mp4"), 320, 240, 3, false, null);
    Path large = dir.resolve("large.jpg");
    Path small = dir.resolve("small.jpg");
    tools.stills(
        file, 2.5, List.of(new MediaTools.Still(large, 1280), new MediaTools.Still(small, 160)));
    assertEquals(320, ImageIO.read(large.toFile()).getWidth());
    assertEquals(160, ImageIO.read(small.toFile()).getWidth());
    assertEquals(120, ImageIO.read(small.toFile()).getHeight());
  }

  @Test
  void anH264SourceIsCopiedAndASmallerRenditionEncodedInOneRun() throws Exception {
    Path file = GeneratedVideos.lecture(dir.resolve("a.mp4"), 480, 360, 9, true, null);
    MediaInfo info = tools.probe(file);
    List<Rendition> plan = new ArrayList<>(RenditionPlan.of(info));
    assertTrue(plan.get(0).copyVideo());
    plan.add(new Rendition("180p", 240, 180, true, false, 300, true, true, 128));
    List<Integer> reported = new ArrayList<>();
    Path out = Files.createDirectories(dir.resolve("hls"));

    List<MediaTools.HlsOutput> outputs = tools.hls(file, info, plan, 4, out, reported::add);

    assertEquals(2, outputs.size());
    for (MediaTools.HlsOutput output : outputs) {
      String playlist = Files.readString(output.playlist(), StandardCharsets.UTF_8);
      assertTrue(playlist.contains("#EXT-X-ENDLIST"), playlist);
      assertTrue(playlist.contains("segment-00000.ts"), playlist);
      assertFalse(playlist.contains("/"), "segments are named relative: " + playlist);
      assertTrue(Files.size(output.playlist().resolveSibling("segment-00000.ts")) > 0);
    }
    MediaInfo encoded = tools.probe(outputs.get(1).playlist().resolveSibling("segment-00000.ts"));
    assertEquals("h264", encoded.videoCodec());
    assertEquals(240, encoded.width());
    assertFalse(reported.isEmpty(), "progress was reported");
  }

  @Test
  void soundAloneIsProbedAndStreamedAsAudio() throws Exception {
    Path file = GeneratedVideos.soundOnly(dir.resolve("a.m4a"), 5);
    MediaInfo info = tools.probe(file);
    assertFalse(info.hasVideo());
    assertTrue(info.hasAudio());
    List<MediaTools.HlsOutput> outputs =
        tools.hls(
            file,
            info,
            RenditionPlan.of(info),
            4,
            Files.createDirectories(dir.resolve("hls")),
            p -> {});
    assertTrue(Files.readString(outputs.get(0).playlist()).contains("#EXTINF"));
  }

  @Test
  void aFileThatIsNotAVideoIsRefusedWithASentence() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.mp4"), "이것은 동영상이 아닙니다\n".repeat(100));
    MediaRejected e = assertThrows(MediaRejected.class, () -> tools.probe(text));
    assertTrue(e.getMessage().contains("not a video"), e.getMessage());
    Path empty = Files.write(dir.resolve("empty.mp4"), new byte[0]);
    assertThrows(MediaRejected.class, () -> tools.probe(empty));
  }

  @Test
  void aOneFrameVideoHasOneFrame() throws Exception {
    Path file = GeneratedVideos.lecture(dir.resolve("one.mp4"), 320, 240, 1, false, 1);
    assertTrue(tools.probe(file).videoFrames() <= 1);
  }

  @Test
  void stoppingFromTheProgressCallbackStopsFfmpeg() throws Exception {
    Path file = GeneratedVideos.lecture(dir.resolve("a.mp4"), 320, 240, 6, false, null);
    MediaInfo info = tools.probe(file);
    IllegalStateException stop = new IllegalStateException("cancelled");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                tools.hls(
                    file,
                    info,
                    List.of(new Rendition("240p", 320, 240, true, false, 300, false, false, 0)),
                    4,
                    Files.createDirectories(dir.resolve("hls")),
                    p -> {
                      throw stop;
                    }));
    assertEquals(stop, thrown);
  }
}
