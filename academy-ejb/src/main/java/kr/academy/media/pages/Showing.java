package kr.academy.media.pages;

import java.util.List;

/**
 * A stretch of the video in which the picture stays the same outside the lively region: one slide
 * in one state (a build-up slide has one showing per bullet), from the change that brought it to
 * the change that ended it. A showing shorter than the hold time is a transition or a slide clicked
 * past, not a state of a slide.
 */
final class Showing {

  /** A representative keyframe stays at least this far from the changes around it. */
  static final double MARGIN_SECONDS = 0.5;

  private final List<Sample> samples;
  private final double start;
  private final double end;

  Showing(List<Sample> samples, double start, double end) {
    this.samples = List.copyOf(samples);
    this.start = start;
    this.end = end;
  }

  double start() {
    return start;
  }

  double end() {
    return end;
  }

  double duration() {
    return end - start;
  }

  /** The frame that stands for this showing in comparisons: its middle sample. */
  FrameBlocks picture() {
    return samples.get(samples.size() / 2).frame();
  }

  /**
   * Where to cut this showing's image: the keyframe furthest inside it (a keyframe is cut without
   * decoding anything else), or, when no keyframe lies well inside, the middle of the showing, as
   * far as can be from the transitions at either end.
   */
  double representativeSeconds() {
    double best = (start + end) / 2;
    double bestDistance = -1;
    for (Sample sample : samples) {
      double distance = Math.min(sample.seconds() - start, end - sample.seconds());
      if (sample.keyframe() && distance >= MARGIN_SECONDS && distance > bestDistance) {
        best = sample.seconds();
        bestDistance = distance;
      }
    }
    return best;
  }
}
