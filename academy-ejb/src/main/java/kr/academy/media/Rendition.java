package kr.academy.media;

/**
 * One HLS rendition: its folder name ({@code 720p}, {@code 360p}, {@code audio}), picture size (0
 * for audio), and whether each stream is copied from the source as it is or encoded (H.264 at
 * {@code videoKbps}, AAC at {@code audioKbps}).
 */
public record Rendition(
    String name,
    int width,
    int height,
    boolean hasVideo,
    boolean copyVideo,
    int videoKbps,
    boolean hasAudio,
    boolean copyAudio,
    int audioKbps) {

  public boolean audioOnly() {
    return !hasVideo;
  }
}
