package kr.academy.media.javacv;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Loads FFmpeg's native libraries once and silences FFmpeg's own log (it would print every stream's
 * details and every decoder warning to the server's standard error).
 */
final class FFmpegNatives {

  private static volatile boolean loaded;

  private FFmpegNatives() {}

  static void load() {
    if (loaded) {
      return;
    }
    try {
      FFmpegFrameGrabber.tryLoad();
    } catch (Exception e) {
      // The grabber's own static set-up swallows this; say it where the video worker can see it.
      throw new IllegalStateException(
          "FFmpeg's native libraries do not load (is libpulse0 installed?): " + e, e);
    }
    avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    loaded = true;
  }
}
