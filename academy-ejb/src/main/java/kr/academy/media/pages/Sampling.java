package kr.academy.media.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * Which frames page detection looks at: every keyframe (cheap: nothing else is decoded), and, where
 * keyframes are further apart than the settings allow or there is only one, frames decoded in
 * between at a fixed step, so that no slide shown that long falls between two samples.
 *
 * <p>At most {@link #MAX_SAMPLES} are kept (about 50 MB of small frames): a long video with dense
 * keyframes keeps one per {@code duration / MAX_SAMPLES} seconds, and the step between decoded
 * frames grows the same way.
 */
final class Sampling {

  static final int MAX_SAMPLES = 3600;

  /** Frames decoded between far keyframes are this far apart (or more, for very long videos). */
  static final double FILL_STEP_SECONDS = 1.0;

  private Sampling() {}

  static List<Sample> of(LectureFrames frames, PageSettings settings) {
    double duration = frames.durationSeconds();
    double spacing = duration / MAX_SAMPLES;
    List<Sample> keyframes = new ArrayList<>();
    frames.keyframes(
        frame -> {
          if (keyframes.isEmpty()
              || frame.seconds() - keyframes.get(keyframes.size() - 1).seconds() >= spacing) {
            keyframes.add(new Sample(new FrameBlocks(frame), true));
          }
        });
    double step = Math.max(FILL_STEP_SECONDS, spacing);
    List<Sample> samples = new ArrayList<>();
    if (keyframes.isEmpty()) {
      fill(frames, 0, duration, step, samples);
      return samples;
    }
    for (int i = 0; i < keyframes.size(); i++) {
      Sample keyframe = keyframes.get(i);
      samples.add(keyframe);
      double next = i + 1 < keyframes.size() ? keyframes.get(i + 1).seconds() : duration;
      if (next - keyframe.seconds() > settings.maxKeyframeGapSeconds()) {
        fill(frames, keyframe.seconds() + step, next, step, samples);
      }
    }
    return samples;
  }

  private static void fill(
      LectureFrames frames, double from, double to, double step, List<Sample> samples) {
    frames.frames(
        from,
        to,
        step,
        frame -> {
          samples.add(new Sample(new FrameBlocks(frame), false));
          return true;
        });
  }
}
