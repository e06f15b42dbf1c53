package kr.academy.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import kr.academy.jobs.JobId;
import kr.academy.jobs.ProgressReporter;
import kr.academy.media.pages.LecturePageFinder;
import kr.academy.media.pages.SlidePage;
import kr.academy.media.pages.UnreadableVideo;
import kr.academy.tenancy.TenantId;

/**
 * Processes an uploaded lecture video (the VIDEO_PROCESS job), in the steps its progress names:
 *
 * <ol>
 *   <li>{@code probe}: the file is fetched to a temporary folder and its streams read; a file that
 *       is empty, not media, one frame, of unknown length or longer than the limit fails here;
 *   <li>{@code pages}: {@link LecturePageFinder} finds the slides; each page's image and thumbnail
 *       are cut at its representative moment and stored, and the rows recorded, so the pages are
 *       shown before the streams exist (a file without a picture has no pages);
 *   <li>{@code hls}: the renditions of {@link RenditionPlan} (the top one copied when the source
 *       allows), then the master playlist, stored last;
 *   <li>{@code thumbnails}: the poster, and the video is READY.
 * </ol>
 *
 * <p>Every object lies at a key derived from the video ({@link VideoKeys}) and an attempt first
 * deletes what an earlier one derived, so a retried or taken-over job starts clean and stores each
 * object once. A video deleted meanwhile stops the work and what it stored is deleted.
 */
@ApplicationScoped
public class ProcessLectureVideo {

  private static final Logger LOG = Logger.getLogger(ProcessLectureVideo.class.getName());
  private static final double MIN_SECONDS = 1.0;

  private VideoWork work;
  private VideoObjects objects;
  private MediaTools tools;
  private Optional<LecturePageFinder> pageFinder;
  private VideoProgressBoard board;
  private VideoSettings settings;
  private Clock clock;

  /** For CDI's proxy. */
  protected ProcessLectureVideo() {}

  /** Page detection is its own piece (docs/video.md, Pages); without it videos get no pages. */
  @Inject
  public ProcessLectureVideo(
      VideoWork work,
      VideoObjects objects,
      MediaTools tools,
      Instance<LecturePageFinder> pageFinders,
      VideoProgressBoard board,
      VideoSettings settings,
      Clock clock) {
    this(
        work,
        objects,
        tools,
        pageFinders.isResolvable() ? Optional.of(pageFinders.get()) : Optional.empty(),
        board,
        settings,
        clock);
  }

  public ProcessLectureVideo(
      VideoWork work,
      VideoObjects objects,
      MediaTools tools,
      Optional<LecturePageFinder> pageFinder,
      VideoProgressBoard board,
      VideoSettings settings,
      Clock clock) {
    this.work = work;
    this.objects = objects;
    this.tools = tools;
    this.pageFinder = pageFinder;
    this.board = board;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Processes the video and returns the job's result. A file that can never be made into a video
   * ends the video FAILED and is thrown as {@link VideoRejected}; any other failure is thrown as it
   * is, for another attempt.
   */
  public JsonObject process(TenantId tenant, JobId job, UUID video, ProgressReporter reporter)
      throws IOException, VideoRejected {
    VideoWork.Start start =
        work.begin(video)
            .orElseThrow(() -> new VideoRejected("the video was deleted before it was processed"));
    Run run = new Run(tenant, job, video, reporter);
    if (start.alreadyReady()) {
      return Json.createObjectBuilder()
          .add("videoId", video.toString())
          .add("status", VideoStatus.READY.name())
          .add("pages", start.pages())
          .build();
    }
    VideoKeys keys = start.keys();
    objects.deleteUnder(keys.prefix(), keys.source());
    Path dir = Files.createTempDirectory("academy-video-");
    try {
      return process(run, keys, start.sizeBytes(), dir);
    } catch (MediaRejected e) {
      throw run.rejected(keys, e.getMessage());
    } catch (RuntimeException | IOException e) {
      if (!work.exists(video)) {
        objects.deleteUnder(keys.prefix(), null);
      }
      throw e;
    } finally {
      deleteTree(dir);
    }
  }

  private JsonObject process(Run run, VideoKeys keys, long declared, Path dir)
      throws IOException, VideoRejected {
    run.step(1, "probe");
    Path source = dir.resolve("source");
    objects.fetch(keys.source(), source);
    MediaInfo info = probe(source, declared);
    run.still(work.probed(run.video, info), keys);

    run.step(5, "pages");
    List<StoredPage> pages = info.hasVideo() ? pages(run, keys, source, info, dir) : List.of();
    run.still(work.pagesFound(run.video, pages), keys);

    run.step(35, "hls");
    List<Rendition> plan = RenditionPlan.of(info);
    Path hls = Files.createDirectories(dir.resolve("hls"));
    List<MediaTools.HlsOutput> outputs =
        tools.hls(
            source,
            info,
            plan,
            settings.segmentSeconds(),
            hls,
            percent -> run.step(35 + percent * 55 / 100, "hls"));
    storeStreams(keys, hls, outputs);

    run.step(90, "thumbnails");
    String poster = null;
    if (info.hasVideo()) {
      Path jpeg = dir.resolve("poster.jpg");
      double at = pages.isEmpty() ? Math.min(info.durationSeconds() / 10, 10) : posterTime(pages);
      tools.stills(
          source, clamp(at, info), List.of(new MediaTools.Still(jpeg, settings.pageImageWidth())));
      poster = keys.poster();
      objects.store(poster, jpeg, "image/jpeg");
    }
    run.still(work.ready(run.video, keys.hlsMaster(), poster), keys);
    run.post(VideoStatus.READY, 100, "ready", null);
    return result(run.video, info, pages, outputs);
  }

  private MediaInfo probe(Path source, long declared) throws IOException {
    long size = Files.size(source);
    if (size == 0) {
      throw new MediaRejected("the uploaded file is empty");
    }
    if (size != declared) {
      throw new MediaRejected(
          "the stored file has " + size + " bytes, not the " + declared + " declared");
    }
    MediaInfo info = tools.probe(source);
    if (!info.hasVideo() && !info.hasAudio()) {
      throw new MediaRejected("the file has neither a picture nor sound: it is not a video");
    }
    if (info.hasVideo() && info.videoFrames() <= 1) {
      throw new MediaRejected("the video has only one frame: upload a recording, not a picture");
    }
    if (!(info.durationSeconds() > 0)) {
      throw new MediaRejected("the length of the video cannot be read: the file may be damaged");
    }
    if (info.durationSeconds() < MIN_SECONDS) {
      throw new MediaRejected("the video is shorter than one second");
    }
    if (info.durationSeconds() > settings.maxDurationSeconds()) {
      // Its length rounded up and the limit rounded down: a video a moment over the limit never
      // reads as lasting what is accepted.
      throw new MediaRejected(
          "the video lasts "
              + length((long) Math.ceil(info.durationSeconds()))
              + "; videos of at most "
              + length((long) Math.floor(settings.maxDurationSeconds()))
              + " are accepted");
    }
    return info;
  }

  private List<StoredPage> pages(Run run, VideoKeys keys, Path source, MediaInfo info, Path dir)
      throws IOException {
    if (pageFinder.isEmpty()) {
      LOG.warning("no page detection is deployed: video " + run.video + " gets no pages");
      return List.of();
    }
    List<SlidePage> found;
    try {
      found = pageFinder.get().find(source.toString());
    } catch (UnreadableVideo e) {
      LOG.warning("pages of video " + run.video + " could not be read: " + e.getMessage());
      throw new MediaRejected("the pictures of the video cannot be read: the file may be damaged");
    }
    run.step(20, "pages");
    List<StoredPage> stored = new ArrayList<>(found.size());
    for (SlidePage page : found) {
      Path image = dir.resolve("page-" + page.index() + ".jpg");
      Path thumbnail = dir.resolve("page-" + page.index() + "-thumb.jpg");
      tools.stills(
          source,
          clamp(page.representativeSeconds(), info),
          List.of(
              new MediaTools.Still(image, settings.pageImageWidth()),
              new MediaTools.Still(thumbnail, settings.thumbnailWidth())));
      objects.store(keys.pageImage(page.index()), image, "image/jpeg");
      objects.store(keys.pageThumbnail(page.index()), thumbnail, "image/jpeg");
      stored.add(
          new StoredPage(
              page.index(),
              page.startSeconds(),
              Math.max(page.startSeconds(), Math.min(page.endSeconds(), info.durationSeconds())),
              page.representativeSeconds(),
              keys.pageImage(page.index()),
              keys.pageThumbnail(page.index())));
      run.step(20 + 15 * stored.size() / Math.max(1, found.size()), "pages");
    }
    return stored;
  }

  /** Renditions' playlists and segments first, the master last: once it exists, all do. */
  private void storeStreams(VideoKeys keys, Path hls, List<MediaTools.HlsOutput> outputs)
      throws IOException {
    for (MediaTools.HlsOutput output : outputs) {
      Path folder = output.playlist().getParent();
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (!name.equals(output.playlist().getFileName().toString())) {
            objects.store(keys.hls() + hls.relativize(file), file, "video/mp2t");
          }
        }
      }
      objects.store(
          keys.hls() + hls.relativize(output.playlist()),
          output.playlist(),
          "application/vnd.apple.mpegurl");
    }
    Path master = hls.resolve("master.m3u8");
    Files.writeString(master, MasterPlaylist.of(outputs), StandardCharsets.UTF_8);
    objects.store(keys.hlsMaster(), master, "application/vnd.apple.mpegurl");
  }

  private static double posterTime(List<StoredPage> pages) {
    return pages.get(0).representativeSeconds();
  }

  private static double clamp(double seconds, MediaInfo info) {
    return Math.max(0, Math.min(seconds, Math.max(0, info.durationSeconds() - 0.5)));
  }

  /** A length in words: "1 hour 5 seconds", "1 minute 2 seconds", "4 hours". */
  static String length(long seconds) {
    List<String> parts = new ArrayList<>(3);
    if (seconds >= 3600) {
      parts.add(count(seconds / 3600, "hour"));
    }
    if (seconds % 3600 >= 60) {
      parts.add(count(seconds % 3600 / 60, "minute"));
    }
    if (seconds % 60 > 0 || parts.isEmpty()) {
      parts.add(count(seconds % 60, "second"));
    }
    return String.join(" ", parts);
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static JsonObject result(
      UUID video, MediaInfo info, List<StoredPage> pages, List<MediaTools.HlsOutput> outputs) {
    JsonArrayBuilder renditions = Json.createArrayBuilder();
    for (MediaTools.HlsOutput output : outputs) {
      Rendition r = output.rendition();
      JsonObjectBuilder rendition =
          Json.createObjectBuilder()
              .add("name", r.name())
              .add("videoCopied", r.hasVideo() && r.copyVideo())
              .add("audioCopied", r.hasAudio() && r.copyAudio());
      if (r.hasVideo()) {
        rendition.add("width", r.width()).add("height", r.height());
      }
      renditions.add(rendition);
    }
    return Json.createObjectBuilder()
        .add("videoId", video.toString())
        .add("status", VideoStatus.READY.name())
        .add("durationSeconds", info.durationSeconds())
        .add("pages", pages.size())
        .add("renditions", renditions)
        .build();
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.warning("temporary folder " + dir + " not deleted: " + e.getMessage());
    }
  }

  /** One attempt's reporting: the job's progress (where it may be stopped), then the video's. */
  private final class Run {
    final TenantId tenant;
    final JobId job;
    final UUID video;
    final ProgressReporter reporter;
    int lastPercent = -1;
    String lastStep;

    Run(TenantId tenant, JobId job, UUID video, ProgressReporter reporter) {
      this.tenant = tenant;
      this.job = job;
      this.video = video;
      this.reporter = reporter;
    }

    void step(int percent, String step) {
      if (percent == lastPercent && step.equals(lastStep)) {
        return;
      }
      lastPercent = percent;
      lastStep = step;
      reporter.progress(percent, step);
      post(VideoStatus.PROCESSING, percent, step, null);
    }

    void post(VideoStatus status, int percent, String step, String error) {
      board.post(
          tenant, video, new VideoProgress(status, percent, step, error, job, clock.instant()));
    }

    /** Stops when the video was deleted meanwhile, deleting what was stored for it. */
    void still(boolean exists, VideoKeys keys) throws VideoRejected {
      if (!exists) {
        objects.deleteUnder(keys.prefix(), null);
        throw new VideoRejected("the video was deleted while it was processed");
      }
    }

    VideoRejected rejected(VideoKeys keys, String reason) {
      objects.deleteUnder(keys.prefix(), keys.source());
      if (work.failed(video, reason)) {
        post(VideoStatus.FAILED, 100, "failed", reason);
      }
      return new VideoRejected(reason);
    }
  }
}
