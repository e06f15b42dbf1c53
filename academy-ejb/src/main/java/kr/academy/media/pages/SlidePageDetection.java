package kr.academy.media.pages;

import java.util.BitSet;
import java.util.List;

/**
 * Finds the pages of a lecture over its {@link LectureFrames} (docs/video.md, Pages): plain Java,
 * no container, no storage; the video worker reaches it through {@link LecturePageFinder}.
 *
 * <ol>
 *   <li>Sample: every keyframe, small and grey; frames in between only where keyframes are far
 *       apart ({@link Sampling}).
 *   <li>Find the presenter: the blocks that keep changing while the slide stays, left out of every
 *       comparison ({@link LivelyRegion}).
 *   <li>Cut the samples into showings of one picture each, and place each change at its frame, from
 *       the compressed sizes or, failing that, by decoding around it ({@link Showings}, {@link
 *       ChangeLocator}).
 *   <li>Turn steady showings into pages: build-ups continue a page, a slide shown again is the same
 *       page, transitions and blank screens are none ({@link PageAssembly}).
 *   <li>Keep at most the maximum, the slides shown longest ({@link PageSelection}).
 * </ol>
 */
public final class SlidePageDetection {

  private final PageSettings settings;

  public SlidePageDetection(PageSettings settings) {
    this.settings = settings;
  }

  /** The pages of the video read by {@code frames}, in order of first appearance. */
  public List<SlidePage> find(LectureFrames frames) {
    if (!frames.hasPicture()) {
      return List.of();
    }
    CodedFrames coded = frames.codedFrames();
    List<Sample> samples = Sampling.of(frames, settings);
    if (samples.isEmpty()) {
      return List.of();
    }
    BitSet lively = LivelyRegion.of(samples, frames);
    ChangeLocator locator = new ChangeLocator(frames, coded, lively, settings);
    double duration = Math.max(frames.durationSeconds(), samples.get(samples.size() - 1).seconds());
    List<Showing> showings = Showings.of(samples, lively, locator, duration);
    List<Page> pages = PageAssembly.of(showings, lively, settings.holdSeconds());
    return PageSelection.of(pages, settings.maxPages(), lively);
  }
}
