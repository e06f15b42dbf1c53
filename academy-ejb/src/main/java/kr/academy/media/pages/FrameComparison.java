package kr.academy.media.pages;

import java.util.Arrays;
import java.util.BitSet;

/**
 * How two small frames differ, block by block, and what that difference means for a lecture: the
 * same picture, the same slide with more (or less) on it, or something else.
 *
 * <p>A block has changed when its structural similarity (SSIM, on the block's mean, variance and
 * covariance) falls low or its mean moves far: new text in an empty block, other text, another
 * colour. Encoder noise barely moves either at this size, and the flicker after a keyframe moves
 * the mean of every block by a few levels only.
 */
final class FrameComparison {

  /** Fewer changed blocks than this (outside the lively region) is the same picture. */
  static final int MIN_CHANGED_BLOCKS = 2;

  private static final double SSIM_FLOOR = 0.5;
  private static final double MEAN_SHIFT = 12;
  private static final double C1 = (0.01 * 255) * (0.01 * 255);
  private static final double C2 = (0.03 * 255) * (0.03 * 255);

  /** A block whose mean moved by more than this has begun to change (see {@link #departed}). */
  private static final double DEPARTURE_LEVELS = 4;

  /** What is left of one frame's ink in the other for it to count as kept (build-ups). */
  private static final double KEPT = 0.95;

  /** Ink that moved by no more than this many levels (relative to each background) is kept. */
  private static final int KEPT_LEVELS = 24;

  /** What the later of two frames is to the earlier. */
  enum Relation {
    /** The same picture (beyond the lively region). */
    SAME,
    /** The earlier one with more on it: the next bullet of a slide. */
    GROWS,
    /** The earlier one with less on it: a slide shown again before its bullets, a cleared mark. */
    SHRINKS,
    /** Another picture: another slide, or a frame inside a transition. */
    DIFFERENT;

    /** Whether both show the same slide. */
    boolean sameSlide() {
      return this != DIFFERENT;
    }
  }

  private FrameComparison() {}

  /** The blocks that differ between two frames of the same size. */
  static BitSet changedBlocks(FrameBlocks a, FrameBlocks b) {
    double[] products = new double[FrameBlocks.COUNT];
    GrayFrame first = a.frame();
    GrayFrame second = b.frame();
    a.forEachPixel(
        (block, index) -> products[block] += (double) first.level(index) * second.level(index));
    BitSet changed = new BitSet(FrameBlocks.COUNT);
    double pixels = a.pixelsPerBlock();
    for (int block = 0; block < FrameBlocks.COUNT; block++) {
      double meanA = a.mean(block);
      double meanB = b.mean(block);
      double covariance = products[block] / pixels - meanA * meanB;
      double ssim =
          ((2 * meanA * meanB + C1) * (2 * covariance + C2))
              / ((meanA * meanA + meanB * meanB + C1)
                  * (a.variance(block) + b.variance(block) + C2));
      if (ssim < SSIM_FLOOR || Math.abs(meanA - meanB) > MEAN_SHIFT) {
        changed.set(block);
      }
    }
    return changed;
  }

  /** The blocks that differ outside the lively region. */
  static BitSet changedBlocks(FrameBlocks a, FrameBlocks b, BitSet lively) {
    BitSet changed = changedBlocks(a, b);
    changed.andNot(lively);
    return changed;
  }

  /** Whether two frames show the same picture outside the lively region. */
  static boolean same(FrameBlocks a, FrameBlocks b, BitSet lively) {
    return changedBlocks(a, b, lively).cardinality() < MIN_CHANGED_BLOCKS;
  }

  /**
   * Whether {@code later} has begun to leave {@code earlier}: at least {@link #MIN_CHANGED_BLOCKS}
   * blocks outside the lively region whose mean moved by more than {@link #DEPARTURE_LEVELS} beyond
   * the move of the whole picture (flicker). Finer than {@link #same}: a crossfade is seen a tenth
   * of its way in, when the frames of one decoded stretch are compared with its first.
   */
  static boolean departed(FrameBlocks earlier, FrameBlocks later, BitSet lively) {
    double[] moves = new double[FrameBlocks.COUNT];
    for (int block = 0; block < FrameBlocks.COUNT; block++) {
      moves[block] = later.mean(block) - earlier.mean(block);
    }
    double[] sorted = moves.clone();
    Arrays.sort(sorted);
    double flicker = sorted[FrameBlocks.COUNT / 2];
    int departed = 0;
    for (int block = 0; block < FrameBlocks.COUNT; block++) {
      if (!lively.get(block) && Math.abs(moves[block] - flicker) > DEPARTURE_LEVELS) {
        departed++;
      }
    }
    return departed >= MIN_CHANGED_BLOCKS || !same(earlier, later, lively);
  }

  /** What {@code later} is to {@code earlier}, judged outside the lively region. */
  static Relation relation(FrameBlocks earlier, FrameBlocks later, BitSet lively) {
    BitSet changed = changedBlocks(earlier, later, lively);
    if (changed.cardinality() < MIN_CHANGED_BLOCKS) {
      return Relation.SAME;
    }
    boolean earlierKept = kept(earlier, later, changed) >= KEPT;
    boolean laterKept = kept(later, earlier, changed) >= KEPT;
    if (earlierKept && !laterKept) {
      return Relation.GROWS;
    }
    if (laterKept && !earlierKept) {
      return Relation.SHRINKS;
    }
    return Relation.DIFFERENT;
  }

  /**
   * The share of {@code from}'s ink in {@code blocks} that is still there in {@code to} (1 when it
   * has none there). A frame inside a crossfade keeps neither side's ink; a slide's next bullet
   * keeps all of the slide's.
   */
  static double kept(FrameBlocks from, FrameBlocks to, BitSet blocks) {
    int[] counts = new int[2];
    from.forEachPixel(
        (block, index) -> {
          if (!blocks.get(block)) {
            return;
          }
          int ink = from.relativeLevel(index);
          if (Math.abs(ink) > FrameBlocks.INK_CONTRAST) {
            counts[0]++;
            if (Math.abs(ink - to.relativeLevel(index)) <= KEPT_LEVELS) {
              counts[1]++;
            }
          }
        });
    return counts[0] == 0 ? 1.0 : (double) counts[1] / counts[0];
  }
}
