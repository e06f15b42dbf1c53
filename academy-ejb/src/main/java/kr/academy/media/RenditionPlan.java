package kr.academy.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Which HLS renditions a source gets, never above the source and never re-encoding what can be
 * copied:
 *
 * <ul>
 *   <li>the top rendition fits 1280×720 (the short side at most 720): a source within that and
 *       already H.264 is copied as it is (remuxed into segments at its own keyframes), anything
 *       else (another codec, a larger picture) is encoded at the largest size that fits;
 *   <li>a 360p rendition (640×360) is encoded when the source is larger than that;
 *   <li>audio is copied when it is AAC and encoded to AAC otherwise;
 *   <li>a file without a picture gets one audio rendition.
 * </ul>
 */
public final class RenditionPlan {

  static final int TOP_LONG = 1280;
  static final int TOP_SHORT = 720;
  static final int LOW_LONG = 640;
  static final int LOW_SHORT = 360;
  static final int AUDIO_KBPS = 128;

  private RenditionPlan() {}

  public static List<Rendition> of(MediaInfo info) {
    boolean copyAudio = info.audioIs("aac");
    if (!info.hasVideo()) {
      return List.of(new Rendition("audio", 0, 0, false, false, 0, true, copyAudio, AUDIO_KBPS));
    }
    List<Rendition> plan = new ArrayList<>();
    int[] top = fit(info.width(), info.height(), TOP_LONG, TOP_SHORT);
    boolean fits = top[0] == even(info.width()) && top[1] == even(info.height());
    boolean copyVideo =
        fits && info.videoIs("h264") && info.width() % 2 == 0 && info.height() % 2 == 0;
    int topShort = Math.min(top[0], top[1]);
    plan.add(
        new Rendition(
            topShort + "p",
            copyVideo ? info.width() : top[0],
            copyVideo ? info.height() : top[1],
            true,
            copyVideo,
            topShort >= 720 ? 2500 : topShort >= 480 ? 1400 : 800,
            info.hasAudio(),
            copyAudio,
            AUDIO_KBPS));
    if (Math.min(info.width(), info.height()) > LOW_SHORT) {
      int[] low = fit(info.width(), info.height(), LOW_LONG, LOW_SHORT);
      plan.add(
          new Rendition(
              Math.min(low[0], low[1]) + "p",
              low[0],
              low[1],
              true,
              false,
              800,
              info.hasAudio(),
              copyAudio,
              AUDIO_KBPS));
    }
    return List.copyOf(plan);
  }

  /** The largest even size within {@code longSide}×{@code shortSide} (either orientation). */
  static int[] fit(int width, int height, int longSide, int shortSide) {
    double scale =
        Math.min(
            1.0,
            Math.min(
                (double) longSide / Math.max(width, height),
                (double) shortSide / Math.min(width, height)));
    return new int[] {
      even((int) Math.round(width * scale)), even((int) Math.round(height * scale))
    };
  }

  private static int even(int n) {
    return Math.max(2, n - n % 2);
  }
}
