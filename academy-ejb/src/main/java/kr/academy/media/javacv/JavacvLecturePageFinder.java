package kr.academy.media.javacv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kr.academy.media.pages.LecturePageFinder;
import kr.academy.media.pages.PageSettings;
import kr.academy.media.pages.SlidePage;
import kr.academy.media.pages.SlidePageDetection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Page detection over FFmpeg (through JavaCV): each call opens its own grabber, so calls from the
 * video worker's concurrent jobs share nothing. Settings are in docs/configuration.md.
 */
@ApplicationScoped
public class JavacvLecturePageFinder implements LecturePageFinder {

  private PageSettings settings;

  /** For CDI's proxy. */
  protected JavacvLecturePageFinder() {}

  @Inject
  public JavacvLecturePageFinder(
      @ConfigProperty(
              name = "academy.video.pages.max",
              defaultValue = "" + PageSettings.DEFAULT_MAX_PAGES)
          int maxPages,
      @ConfigProperty(
              name = "academy.video.pages.hold-seconds",
              defaultValue = "" + PageSettings.DEFAULT_HOLD_SECONDS)
          double holdSeconds,
      @ConfigProperty(
              name = "academy.video.pages.max-keyframe-gap-seconds",
              defaultValue = "" + PageSettings.DEFAULT_MAX_KEYFRAME_GAP_SECONDS)
          double maxKeyframeGapSeconds) {
    this(new PageSettings(maxPages, holdSeconds, maxKeyframeGapSeconds));
  }

  public JavacvLecturePageFinder(PageSettings settings) {
    this.settings = settings;
  }

  @Override
  public List<SlidePage> find(String source) {
    try (GrabbedLectureFrames frames = GrabbedLectureFrames.open(source)) {
      return new SlidePageDetection(settings).find(frames);
    }
  }
}
