package kr.academy.media.pages;

/**
 * The video cannot be read: not a video FFmpeg can open, or broken where it was read. Another
 * attempt on the same file will not do better; the video worker fails the job with this message.
 */
public class UnreadableVideo extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableVideo(String message, Throwable cause) {
    super(message, cause);
  }
}
