package kr.academy.media.pages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The part of the picture that keeps changing while the slide stays: the presenter's webcam, a
 * person in front of the screen. It is found from the video itself and left out of every
 * comparison, so that a moving presenter is never a new page.
 *
 * <p>The evidence is in <em>probes</em>: two frames half a second apart (a keyframe and the frame
 * decoded half a second after it, at up to {@link #PROBES} keyframes spread over the video, or two
 * frames sampled a second apart where keyframes are far). In half a second a slide almost never
 * changes and a presenter almost always moves. A probe that changed at most {@link #LOCAL_SHARE} of
 * the blocks is local; a block that changed in at least two local probes (and {@link #PROBE_SHARE}
 * of them) is lively, and so is one that changed in one probe and in many of the local changes
 * between consecutive samples (a presenter who moves now and then). Slide changes between samples
 * alone never make a block lively: with slides changing every few samples, the same text blocks
 * change again and again without anybody moving. The region is widened by one block on each side,
 * since a moving box drags its edges along.
 */
final class LivelyRegion {

  static final int PROBES = 16;
  static final double PROBE_SECONDS = 0.5;
  static final double LOCAL_SHARE = 0.3;
  static final double PROBE_SHARE = 0.1;
  static final double PAIR_SHARE = 0.15;
  static final int MIN_PAIR_TIMES = 4;

  /** Samples at most this far apart already are a probe. */
  private static final double CLOSE_SECONDS = 1.5;

  private LivelyRegion() {}

  static BitSet of(List<Sample> samples, LectureFrames frames) {
    Tally probes = new Tally();
    Tally pairs = new Tally();
    for (int i = 1; i < samples.size(); i++) {
      FrameBlocks earlier = samples.get(i - 1).frame();
      FrameBlocks later = samples.get(i).frame();
      pairs.count(earlier, later);
      if (later.seconds() - earlier.seconds() <= CLOSE_SECONDS) {
        probes.count(earlier, later);
      }
    }
    if (probes.local < PROBES) {
      probeKeyframes(samples, frames, probes);
    }
    BitSet lively = new BitSet(FrameBlocks.COUNT);
    double probeTimes = Math.max(2, PROBE_SHARE * probes.local);
    double pairTimes = Math.max(MIN_PAIR_TIMES, PAIR_SHARE * pairs.local);
    for (int block = 0; block < FrameBlocks.COUNT; block++) {
      int probed = probes.times[block];
      if (probed >= probeTimes || probed >= 1 && pairs.times[block] >= pairTimes) {
        lively.set(block);
      }
    }
    return widened(lively);
  }

  /** Decodes half a second after keyframes spread over the video, one frame each. */
  private static void probeKeyframes(List<Sample> samples, LectureFrames frames, Tally probes) {
    List<Sample> keyframes = new ArrayList<>();
    samples.stream().filter(Sample::keyframe).forEach(keyframes::add);
    int count = Math.min(PROBES, keyframes.size());
    for (int i = 0; i < count; i++) {
      FrameBlocks keyframe = keyframes.get(i * keyframes.size() / count).frame();
      double from = keyframe.seconds() + PROBE_SECONDS;
      frames.frames(
          from,
          from + 1,
          1,
          frame -> {
            probes.count(keyframe, new FrameBlocks(frame));
            return false;
          });
    }
  }

  /** How often each block changed in local changes, and how many local changes there were. */
  private static final class Tally {
    final int[] times = new int[FrameBlocks.COUNT];
    int local;

    void count(FrameBlocks earlier, FrameBlocks later) {
      BitSet changed = FrameComparison.changedBlocks(earlier, later);
      int count = changed.cardinality();
      if (count > 0 && count <= LOCAL_SHARE * FrameBlocks.COUNT) {
        local++;
        changed.stream().forEach(block -> times[block]++);
      }
    }
  }

  private static BitSet widened(BitSet region) {
    BitSet wide = new BitSet(FrameBlocks.COUNT);
    region.stream()
        .forEach(
            block -> {
              int row = block / FrameBlocks.COLUMNS;
              int column = block % FrameBlocks.COLUMNS;
              for (int r = Math.max(0, row - 1);
                  r <= Math.min(FrameBlocks.ROWS - 1, row + 1);
                  r++) {
                for (int c = Math.max(0, column - 1);
                    c <= Math.min(FrameBlocks.COLUMNS - 1, column + 1);
                    c++) {
                  wide.set(r * FrameBlocks.COLUMNS + c);
                }
              }
            });
    return wide;
  }
}
