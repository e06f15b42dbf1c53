package kr.academy.testing;

import java.util.function.Consumer;
import java.util.function.Predicate;
import kr.academy.media.pages.CodedFrames;
import kr.academy.media.pages.GrayFrame;
import kr.academy.media.pages.LectureFrames;

/**
 * {@link LectureFrames} of a {@link LectureScript}, in memory: frames at a frame rate, a keyframe
 * every GOP, painted at 160x90. The compressed sizes stand in for an encoder's: a keyframe costs
 * what its ink costs, any other picture what changed since the picture before (so a cut is a burst,
 * a crossfade a long one, a moving presenter a steady trickle). It counts the frames it decodes, so
 * that a test can hold page detection to decoding little.
 */
public final class ScriptedLectureFrames implements LectureFrames {

  public static final int WIDTH = 160;
  public static final int HEIGHT = 90;

  private final LectureScript script;
  private final double fps;
  private final int gopFrames;
  private final int frameCount;
  private int decodedFrames;
  private boolean closed;

  /** {@code gopSeconds} at least the duration: one keyframe, at the start. */
  public ScriptedLectureFrames(LectureScript script, double fps, double gopSeconds) {
    this.script = script;
    this.fps = fps;
    this.gopFrames = Math.max(1, (int) Math.round(gopSeconds * fps));
    this.frameCount = (int) Math.floor(script.duration() * fps);
  }

  @Override
  public boolean hasPicture() {
    return true;
  }

  @Override
  public double durationSeconds() {
    return frameCount / fps;
  }

  @Override
  public CodedFrames codedFrames() {
    double[] seconds = new double[frameCount];
    int[] bytes = new int[frameCount];
    boolean[] keyframe = new boolean[frameCount];
    byte[] previous = null;
    for (int i = 0; i < frameCount; i++) {
      byte[] levels = levels(i);
      seconds[i] = i / fps;
      keyframe[i] = i % gopFrames == 0;
      long cost = 0;
      for (int p = 0; p < levels.length; p++) {
        int level = levels[p] & 0xff;
        cost +=
            keyframe[i] || previous == null
                ? Math.abs(level - SlidePainter.BACKGROUND) / 4 + 1
                : Math.abs(level - (previous[p] & 0xff)) / 2;
      }
      bytes[i] = (int) (40 + cost);
      previous = levels;
    }
    return new CodedFrames(seconds, bytes, keyframe);
  }

  @Override
  public void keyframes(Consumer<GrayFrame> each) {
    for (int i = 0; i < frameCount; i += gopFrames) {
      decodedFrames++;
      each.accept(frame(i));
    }
  }

  @Override
  public void frames(double from, double to, double step, Predicate<GrayFrame> more) {
    int first = (int) Math.ceil(from * fps - 1e-9);
    double due = from;
    for (int i = first - first % gopFrames; i < frameCount && i / fps < to; i++) {
      decodedFrames++;
      double seconds = i / fps;
      if (seconds >= due - 0.5 / fps) {
        due = seconds + step;
        if (!more.test(frame(i))) {
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Frames decoded so far, keyframes included. */
  public int decodedFrames() {
    return decodedFrames;
  }

  public int frameCount() {
    return frameCount;
  }

  public boolean closed() {
    return closed;
  }

  private GrayFrame frame(int index) {
    return new GrayFrame(index / fps, WIDTH, HEIGHT, levels(index));
  }

  private byte[] levels(int index) {
    byte[] levels = new byte[WIDTH * HEIGHT];
    script.paint(index / fps, WIDTH, HEIGHT, levels);
    return levels;
  }
}
