package kr.academy.media.pages;

import java.util.Arrays;

/**
 * The compressed size of every picture of a video, in presentation order, read from the container
 * without decoding anything. An encoder spends bytes where the picture changes: a slide change is a
 * burst of large pictures between keyframes, a still slide a run of tiny ones. That places a change
 * between two keyframes to the frame, for the price of reading the file once.
 */
public final class CodedFrames {

  private final double[] seconds;
  private final int[] bytes;
  private final boolean[] keyframe;

  /** The three arrays describe the same pictures, sorted by time; they are kept, not copied. */
  public CodedFrames(double[] seconds, int[] bytes, boolean[] keyframe) {
    if (seconds.length != bytes.length || seconds.length != keyframe.length) {
      throw new IllegalArgumentException("times, sizes and keyframe flags differ in number");
    }
    this.seconds = seconds;
    this.bytes = bytes;
    this.keyframe = keyframe;
  }

  /** No pictures: nothing to place a change by (page detection then decodes instead). */
  public static CodedFrames none() {
    return new CodedFrames(new double[0], new int[0], new boolean[0]);
  }

  public int count() {
    return seconds.length;
  }

  public double seconds(int index) {
    return seconds[index];
  }

  public int bytes(int index) {
    return bytes[index];
  }

  public boolean keyframe(int index) {
    return keyframe[index];
  }

  /** The index of the first picture later than {@code time} ({@link #count()} if none). */
  public int firstAfter(double time) {
    int found = Arrays.binarySearch(seconds, time);
    if (found < 0) {
      return -found - 1;
    }
    while (found < seconds.length && seconds[found] <= time) {
      found++;
    }
    return found;
  }

  /** The median size of the keyframes: what a whole new picture costs in this video. */
  public int medianKeyframeBytes() {
    int[] sizes = new int[seconds.length];
    int n = 0;
    for (int i = 0; i < seconds.length; i++) {
      if (keyframe[i]) {
        sizes[n++] = bytes[i];
      }
    }
    if (n == 0) {
      return 0;
    }
    Arrays.sort(sizes, 0, n);
    return sizes[n / 2];
  }
}
