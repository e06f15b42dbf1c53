package kr.academy.media;

import java.util.Locale;

/**
 * What probing an uploaded file found: its length and, per kind of stream, whether there is one,
 * its codec (FFmpeg's name: {@code h264}, {@code aac}) and the picture's size.
 */
public record MediaInfo(
    double durationSeconds,
    boolean hasVideo,
    String videoCodec,
    int width,
    int height,
    double frameRate,
    long videoFrames,
    boolean hasAudio,
    String audioCodec) {

  public static MediaInfo audioOnly(double durationSeconds, String audioCodec) {
    return new MediaInfo(durationSeconds, false, null, 0, 0, 0, 0, true, audioCodec);
  }

  public boolean videoIs(String codec) {
    return hasVideo && videoCodec != null && videoCodec.toLowerCase(Locale.ROOT).equals(codec);
  }

  public boolean audioIs(String codec) {
    return hasAudio && audioCodec != null && audioCodec.toLowerCase(Locale.ROOT).equals(codec);
  }
}
