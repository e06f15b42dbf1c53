package kr.academy.media.pages;

/**
 * The knobs of page detection (docs/video.md, Pages; docs/configuration.md for the properties).
 *
 * @param maxPages at most this many pages per video; past it, the slides shown longest are kept
 * @param holdSeconds a picture counts as a slide only if it stays this long: shorter ones are
 *     transitions, flicker or slides clicked past
 * @param maxKeyframeGapSeconds where keyframes are further apart than this (or there is only one),
 *     frames in between are decoded too, so that no slide shown this long goes unseen
 */
public record PageSettings(int maxPages, double holdSeconds, double maxKeyframeGapSeconds) {

  /** Also the defaults of the configuration properties (JavacvLecturePageFinder). */
  public static final int DEFAULT_MAX_PAGES = 15;

  public static final double DEFAULT_HOLD_SECONDS = 3.0;
  public static final double DEFAULT_MAX_KEYFRAME_GAP_SECONDS = 10.0;

  public PageSettings {
    if (maxPages < 1) {
      throw new IllegalArgumentException("at least one page per video, not " + maxPages);
    }
    if (holdSeconds <= 0 || maxKeyframeGapSeconds < 1) {
      throw new IllegalArgumentException(
          "hold " + holdSeconds + " s and keyframe gap " + maxKeyframeGapSeconds + " s");
    }
  }

  public static PageSettings defaults() {
    return new PageSettings(
        DEFAULT_MAX_PAGES, DEFAULT_HOLD_SECONDS, DEFAULT_MAX_KEYFRAME_GAP_SECONDS);
  }

  public PageSettings withMaxPages(int max) {
    return new PageSettings(max, holdSeconds, maxKeyframeGapSeconds);
  }
}
