package kr.academy.media.pages;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Places a change seen between two samples (usually two keyframes, up to one GOP apart) at the
 * frame where it happened, so that a page starts within a second of its slide.
 *
 * <ol>
 *   <li>From the compressed sizes ({@link CodedFrames}), for free: the picture where a slide
 *       changes costs the encoder far more than the still ones around it. The burst of large
 *       pictures between the two samples that outweighs every other one there, and is large enough
 *       to have drawn the change seen, is the change; a transition is one long burst, and the
 *       change starts where it starts (possibly a little before the earlier sample).
 *   <li>Where the sizes say nothing clear (a change carried by the keyframe itself, a noisy
 *       recording) and the change may start a page, by decoding the frames between the two samples,
 *       a quarter second apart, up to the first that has begun to differ (a crossfade a tenth of
 *       its way in): one GOP of decoding, paid only here.
 *   <li>Otherwise half way: between decoded samples of a video with far keyframes (a second apart;
 *       decoding again would start at a far keyframe), and for a bullet more or less, whose moment
 *       only decides whether it stayed long enough to count.
 * </ol>
 */
final class ChangeLocator {

  static final double DECODE_STEP_SECONDS = 0.25;

  /** The usual picture size is read this far around the two samples. */
  private static final double BASELINE_SECONDS = 10;

  /** A transition may have begun this long before the earlier sample without changing it yet. */
  private static final double MAX_LEAD_SECONDS = 2;

  /** The pictures this soon after a keyframe say nothing of a change (see {@link #refresh}). */
  private static final double REFRESH_SECONDS = 0.5;

  /** A burst must outweigh the next largest one between the same samples this many times. */
  private static final double DOMINANCE = 2;

  /**
   * A burst must carry at least this share of what a keyframe spends on the changed part of the
   * picture: a presenter's gesture does not, a new slide's text does.
   */
  private static final double EXPECTED_SHARE_OF_KEYFRAME = 0.25;

  private final LectureFrames frames;
  private final CodedFrames coded;
  private final BitSet lively;
  private final double maxDecodeSeconds;
  private final int keyframeBytes;

  ChangeLocator(LectureFrames frames, CodedFrames coded, BitSet lively, PageSettings settings) {
    this.frames = frames;
    this.coded = coded;
    this.lively = lively;
    this.maxDecodeSeconds = settings.maxKeyframeGapSeconds();
    this.keyframeBytes = coded.medianKeyframeBytes();
  }

  /**
   * When the picture changed between {@code before} and {@code after}, which differ in {@code
   * changedBlocks} blocks. Only a change that may start a page ({@code mayStartPage}: to another
   * picture, not a bullet more) is worth decoding for; any other is placed half way when the sizes
   * do not tell.
   */
  double locate(Sample before, Sample after, int changedBlocks, boolean mayStartPage) {
    OptionalDouble burst = burst(before.seconds(), after.seconds(), changedBlocks);
    if (burst.isPresent()) {
      return burst.getAsDouble();
    }
    if (mayStartPage
        && before.keyframe()
        && after.seconds() - before.seconds() <= maxDecodeSeconds) {
      return decoded(before, after);
    }
    return (before.seconds() + after.seconds()) / 2;
  }

  private OptionalDouble burst(double from, double to, int changedBlocks) {
    int first = coded.firstAfter(from);
    int end = coded.firstAfter(to);
    Optional<UsualSize> usual = usualSize(from, to);
    if (first >= end || usual.isEmpty()) {
      return OptionalDouble.empty();
    }
    double median = usual.get().median();
    // Large: well above the usual size and its usual spread, and more than a speck of a keyframe.
    double threshold =
        median
            + Math.max(Math.max(6 * usual.get().deviation(), 0.5 * median), 0.005 * keyframeBytes);
    int bestStart = -1;
    double bestExcess = 0;
    double secondExcess = 0;
    int i = first;
    while (i < end) {
      if (!large(i, threshold)) {
        i++;
        continue;
      }
      int start = i;
      int lastLarge = i;
      double excess = 0;
      // Two quiet pictures inside a burst (B-frames, repeated frames) do not end it.
      while (i < end && i - lastLarge <= 2) {
        if (large(i, threshold)) {
          excess += coded.bytes(i) - median;
          lastLarge = i;
        }
        i++;
      }
      if (excess > bestExcess) {
        secondExcess = bestExcess;
        bestExcess = excess;
        bestStart = start;
      } else if (excess > secondExcess) {
        secondExcess = excess;
      }
    }
    double expected =
        EXPECTED_SHARE_OF_KEYFRAME * keyframeBytes * changedBlocks / FrameBlocks.COUNT;
    if (bestStart < 0 || bestExcess < expected || bestExcess < DOMINANCE * secondExcess) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(coded.seconds(leadIn(bestStart, threshold, from)));
  }

  private boolean large(int index, double threshold) {
    return !coded.keyframe(index) && !refresh(index) && coded.bytes(index) > threshold;
  }

  /**
   * Whether the picture is one of those just after a keyframe, which encoders spend on correcting
   * the keyframe (its different quality, its flicker) whatever the slide does: no evidence of a
   * change. A change there is found by decoding, which stops as soon as it is seen, so early in the
   * GOP.
   */
  private boolean refresh(int index) {
    for (int back = index - 1; back >= 0; back--) {
      if (coded.seconds(index) - coded.seconds(back) > REFRESH_SECONDS) {
        return false;
      }
      if (coded.keyframe(back)) {
        return true;
      }
    }
    return false;
  }

  /** Where a burst that reaches back past the earlier sample began (keyframes are no evidence). */
  private int leadIn(int start, double threshold, double from) {
    int begin = start;
    while (true) {
      int previous = begin - 1;
      while (previous >= 0 && coded.keyframe(previous)) {
        previous--;
      }
      if (previous < 0
          || coded.seconds(previous) < from - MAX_LEAD_SECONDS
          || coded.bytes(previous) <= threshold) {
        return begin;
      }
      begin = previous;
    }
  }

  /** The median size of the pictures around two samples, and its median absolute deviation. */
  private record UsualSize(double median, double deviation) {}

  private Optional<UsualSize> usualSize(double from, double to) {
    int first = coded.firstAfter(from - BASELINE_SECONDS);
    int end = coded.firstAfter(to + BASELINE_SECONDS);
    int[] sizes = new int[Math.max(0, end - first)];
    int n = 0;
    for (int i = first; i < end; i++) {
      if (!coded.keyframe(i)) {
        sizes[n++] = coded.bytes(i);
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    Arrays.sort(sizes, 0, n);
    double median = sizes[n / 2];
    double[] deviations = new double[n];
    for (int i = 0; i < n; i++) {
      deviations[i] = Math.abs(sizes[i] - median);
    }
    Arrays.sort(deviations);
    return Optional.of(new UsualSize(median, deviations[n / 2]));
  }

  private double decoded(Sample before, Sample after) {
    double[] changedAt = {after.seconds()};
    frames.frames(
        before.seconds(),
        after.seconds(),
        DECODE_STEP_SECONDS,
        frame -> {
          if (frame.seconds() <= before.seconds()
              || !FrameComparison.departed(before.frame(), new FrameBlocks(frame), lively)) {
            return true;
          }
          changedAt[0] = frame.seconds();
          return false;
        });
    return changedAt[0];
  }
}
