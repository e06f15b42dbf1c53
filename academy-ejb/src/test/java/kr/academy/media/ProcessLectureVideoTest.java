package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobSettings;
import kr.academy.media.pages.LecturePageFinder;
import kr.academy.media.pages.SlidePage;
import kr.academy.media.pages.UnreadableVideo;
import kr.academy.tenancy.TenantId;
import kr.academy.testing.InMemoryVideoObjects;
import kr.academy.testing.InMemoryVideoProgressStore;
import kr.academy.testing.InMemoryVideoWork;
import kr.academy.testing.RecordedProgress;
import kr.academy.testing.ScriptedMediaTools;
import kr.academy.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The video workflow over storage, the video's rows, FFmpeg and page detection in memory: what a
 * lecture becomes, which renditions are copied, what each bad file leaves behind, and that an
 * attempt after a kill starts clean and stores each object once.
 */
class ProcessLectureVideoTest {

  private static final TenantId ACADEMY = new TenantId(7);
  private static final byte[] FILE = "not really a video".getBytes(StandardCharsets.UTF_8);

  private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final InMemoryVideoWork work = new InMemoryVideoWork(clock);
  private final InMemoryVideoObjects objects = new InMemoryVideoObjects();
  private final ScriptedMediaTools tools = new ScriptedMediaTools();
  private final InMemoryVideoProgressStore progressStore = new InMemoryVideoProgressStore();
  private final VideoSettings settings = new VideoSettings();
  private final RecordedProgress reporter = new RecordedProgress();
  private final JobId job = JobId.random();
  private final List<String> finderCalls = new ArrayList<>();
  private List<SlidePage> slides =
      List.of(new SlidePage(0, 0, 40, 12), new SlidePage(1, 40, 90, 70.5));
  private Runnable duringPages = () -> {};

  private final LecturePageFinder finder =
      source -> {
        finderCalls.add(source);
        duringPages.run();
        return slides;
      };

  private ProcessLectureVideo processing(Optional<LecturePageFinder> pages) {
    return new ProcessLectureVideo(
        work,
        objects,
        tools,
        pages,
        new VideoProgressBoard(progressStore, new JobSettings()),
        settings,
        clock);
  }

  private Video uploaded() {
    Video video = work.uploaded(ACADEMY, FILE.length);
    objects.upload(video.sourceKey(), FILE);
    return video;
  }

  private JsonObject run(Video video) throws Exception {
    return processing(Optional.of(finder)).process(ACADEMY, job, video.videoId(), reporter);
  }

  @Test
  void aLectureGetsItsPagesThenCopiedAndEncodedStreamsThenItsPosterAndIsReady() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = uploaded();
    VideoKeys keys = video.keys();

    JsonObject result = run(video);

    assertEquals(VideoStatus.READY, video.status());
    assertEquals(90.0, video.durationSeconds().orElseThrow());
    assertEquals(1280, video.width().orElseThrow());
    assertEquals(2, result.getInt("pages"));
    List<StoredPage> pages = work.pages(video.videoId());
    assertEquals(
        List.of(keys.pageImage(0), keys.pageImage(1)),
        pages.stream().map(StoredPage::imageKey).toList());
    assertEquals(40.0, pages.get(1).startSeconds());
    assertEquals(List.of(12.0, 70.5, 12.0), tools.stills(), "two pages, then the poster at page 1");
    // The top rendition is the source itself, copied; only 360p is encoded.
    List<Rendition> plan = tools.hlsRuns().get(0);
    assertEquals(List.of("720p", "360p"), plan.stream().map(Rendition::name).toList());
    assertTrue(plan.get(0).copyVideo() && plan.get(0).copyAudio());
    assertFalse(plan.get(1).copyVideo());
    assertTrue(result.getJsonArray("renditions").getJsonObject(0).getBoolean("videoCopied"));
    // Streams are stored before the master playlist, which comes last of them.
    List<String> stores = objects.stores();
    assertTrue(stores.indexOf(keys.hlsMaster()) > stores.indexOf(keys.hls() + "360p/index.m3u8"));
    assertTrue(
        stores.indexOf(keys.hls() + "720p/segment-00000.ts")
            < stores.indexOf(keys.hls() + "720p/index.m3u8"));
    assertTrue(objects.objects().containsKey(keys.poster()));
    String master = new String(objects.objects().get(keys.hlsMaster()), StandardCharsets.UTF_8);
    assertTrue(
        master.contains("RESOLUTION=1280x720") && master.contains("720p/index.m3u8"), master);
    assertEquals(
        List.of("begin", "probed", "pagesFound", "ready"), work.calls(), "pages recorded first");
    assertEquals(
        List.of("probe", "pages", "hls", "thumbnails"),
        reporter.steps().stream().map(RecordedProgress.Step::step).distinct().toList());
    VideoProgress last = progressStore.read(ACADEMY, video.videoId()).orElseThrow();
    assertEquals(VideoStatus.READY, last.status());
    assertEquals(100, last.progress());
    assertEquals(job, last.job());
    assertEquals(1, finderCalls.size(), "pages were looked for once, in the fetched file");
  }

  @Test
  void anAudioOnlyFileGetsAudioStreamsAndNoPagesNorPoster() throws Exception {
    tools.probes(MediaInfo.audioOnly(600, "mp3"));
    Video video = uploaded();

    JsonObject result = run(video);

    assertEquals(VideoStatus.READY, video.status());
    assertTrue(finderCalls.isEmpty(), "no pages are looked for without a picture");
    assertEquals(0, result.getInt("pages"));
    Rendition audio = tools.hlsRuns().get(0).get(0);
    assertEquals("audio", audio.name());
    assertFalse(audio.copyAudio(), "MP3 is encoded to AAC");
    assertTrue(video.posterKey().isEmpty());
    assertTrue(video.width().isEmpty());
    String master =
        new String(objects.objects().get(video.keys().hlsMaster()), StandardCharsets.UTF_8);
    assertTrue(master.contains("CODECS=\"mp4a.40.2\""), master);
  }

  @Test
  void everyBadFileFailsTheVideoWithItsReasonAndLeavesOnlyTheUpload() throws Exception {
    record Case(MediaInfo info, String refusal, String reason) {}
    List<Case> cases =
        List.of(
            new Case(null, "the file is not a video that can be read", "not a video"),
            new Case(
                new MediaInfo(0.04, true, "h264", 640, 360, 25, 1, false, null),
                null,
                "only one frame"),
            new Case(
                ScriptedMediaTools.lecture720(5 * 3600),
                null,
                "lasts 5 hours; videos of at most 4 hours are accepted"),
            new Case(new MediaInfo(0, false, null, 0, 0, 0, 0, false, null), null, "neither"),
            new Case(
                new MediaInfo(Double.NaN, true, "h264", 640, 360, 25, 200, false, null),
                null,
                "cannot be read"));
    for (Case c : cases) {
      if (c.refusal() != null) {
        tools.refuses(c.refusal());
      } else {
        tools.probes(c.info());
      }
      Video video = uploaded();
      VideoRejected rejected = assertThrows(VideoRejected.class, () -> run(video));
      assertTrue(rejected.getMessage().contains(c.reason()), rejected.getMessage());
      assertEquals(VideoStatus.FAILED, video.status());
      assertEquals(rejected.getMessage(), video.error().orElseThrow());
      assertEquals(
          Set.of(video.sourceKey()),
          objects.objects().keySet().stream()
              .filter(video.keys()::owns)
              .collect(Collectors.toSet()),
          "only the upload is left");
      VideoProgress last = progressStore.read(ACADEMY, video.videoId()).orElseThrow();
      assertEquals(VideoStatus.FAILED, last.status());
      assertEquals(rejected.getMessage(), last.error());
    }
  }

  @Test
  void aVideoJustOverTheLimitSaysHowLongItIsAndTheLimit() throws Exception {
    settings.maxDurationSeconds = 60;
    record Case(double seconds, String reason) {}
    for (Case c :
        List.of(
            new Case(60.04, "the video lasts 1 minute 1 second; videos of at most 1 minute are"),
            new Case(62, "the video lasts 1 minute 2 seconds; videos of at most 1 minute are"),
            new Case(3725, "the video lasts 1 hour 2 minutes 5 seconds; videos of at most 1"))) {
      tools.probes(ScriptedMediaTools.lecture720(c.seconds()));
      Video video = uploaded();
      VideoRejected rejected = assertThrows(VideoRejected.class, () -> run(video));
      assertTrue(rejected.getMessage().startsWith(c.reason()), rejected.getMessage());
      assertEquals(VideoStatus.FAILED, video.status());
    }
    tools.probes(ScriptedMediaTools.lecture720(60));
    Video atTheLimit = uploaded();
    run(atTheLimit);
    assertEquals(VideoStatus.READY, atTheLimit.status(), "exactly the limit is accepted");
  }

  @Test
  void lengthsAreWrittenInWords() {
    assertEquals("0 seconds", ProcessLectureVideo.length(0));
    assertEquals("1 second", ProcessLectureVideo.length(1));
    assertEquals("1 minute", ProcessLectureVideo.length(60));
    assertEquals("4 hours", ProcessLectureVideo.length(4 * 3600));
    assertEquals("4 hours 1 second", ProcessLectureVideo.length(4 * 3600 + 1));
    assertEquals("2 hours 1 minute", ProcessLectureVideo.length(7260));
  }

  @Test
  void anEmptyOrShortenedUploadFailsBeforeFfmpegReadsIt() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = work.uploaded(ACADEMY, FILE.length);
    objects.upload(video.sourceKey(), new byte[0]);
    VideoRejected rejected = assertThrows(VideoRejected.class, () -> run(video));
    assertEquals("the uploaded file is empty", rejected.getMessage());
  }

  @Test
  void anAttemptAfterAKillStartsCleanAndStoresEachObjectOnce() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = uploaded();
    VideoKeys keys = video.keys();
    // A first attempt was killed during HLS: its pages and some segments are stored.
    objects.upload(keys.pageImage(0), new byte[] {1});
    objects.upload(keys.pageImage(7), new byte[] {1});
    objects.upload(keys.hls() + "720p/segment-00000.ts", new byte[] {1});

    run(video);

    assertFalse(objects.objects().containsKey(keys.pageImage(7)), "nothing of the first attempt");
    List<String> stores = objects.stores();
    assertEquals(stores.size(), Set.copyOf(stores).size(), "each object stored once: " + stores);
    assertTrue(objects.deletions().contains(keys.prefix()));
    assertTrue(objects.objects().containsKey(keys.source()), "the upload is kept");
  }

  @Test
  void aVideoAlreadyReadyIsNotProcessedAgain() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = uploaded();
    run(video);
    int stored = objects.stores().size();

    JsonObject again = run(video);

    assertEquals("READY", again.getString("status"));
    assertEquals(2, again.getInt("pages"));
    assertEquals(stored, objects.stores().size());
    assertEquals(1, tools.hlsRuns().size());
  }

  @Test
  void aVideoDeletedWhileItIsProcessedStopsTheWorkAndLeavesNoObject() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = uploaded();
    duringPages =
        () -> {
          work.remove(video.videoId());
          objects.deleteUnder(video.keys().prefix(), null);
        };

    VideoRejected rejected = assertThrows(VideoRejected.class, () -> run(video));

    assertTrue(rejected.getMessage().contains("deleted"), rejected.getMessage());
    assertTrue(
        objects.objects().keySet().stream().noneMatch(video.keys()::owns),
        "page images stored meanwhile are deleted too: " + objects.objects().keySet());
    assertTrue(tools.hlsRuns().isEmpty());
  }

  @Test
  void aStopAskedForMidWayEndsTheWorkWhereItStands() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = uploaded();
    RuntimeException cancelled = new IllegalStateException("cancelled");
    reporter.stopAt(4, cancelled);

    RuntimeException thrown = assertThrows(RuntimeException.class, () -> run(video));

    assertSame(cancelled, thrown);
    assertEquals(VideoStatus.PROCESSING, video.status(), "the job's end decides the video's");
    assertFalse(objects.objects().containsKey(video.keys().hlsMaster()));
  }

  @Test
  void withoutPageDetectionAVideoIsReadyWithoutPages() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = uploaded();

    processing(Optional.empty()).process(ACADEMY, job, video.videoId(), reporter);

    assertEquals(VideoStatus.READY, video.status());
    assertTrue(work.pages(video.videoId()).isEmpty());
    assertEquals(List.of(9.0), tools.stills(), "the poster at a tenth of the video");
  }

  @Test
  void aVideoWhosePicturesCannotBeReadFailsWithoutRetries() throws Exception {
    tools.probes(ScriptedMediaTools.lecture720(90));
    Video video = uploaded();
    duringPages =
        () -> {
          throw new UnreadableVideo("broken at 12 s", null);
        };

    VideoRejected rejected = assertThrows(VideoRejected.class, () -> run(video));

    assertTrue(rejected.getMessage().contains("cannot be read"), rejected.getMessage());
    assertEquals(VideoStatus.FAILED, video.status());
  }

  @Test
  void aVideoDeletedBeforeItsJobRanIsRefused() {
    UUID gone = UUID.randomUUID();
    assertThrows(
        VideoRejected.class,
        () -> processing(Optional.of(finder)).process(ACADEMY, job, gone, reporter));
  }
}
