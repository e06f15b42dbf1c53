package kr.academy.media;

/**
 * The uploaded file cannot be made into a lecture video (not media at all, damaged, too long, one
 * frame): another attempt would fail the same way. The message is what the academy reads.
 */
public class MediaRejected extends RuntimeException {

  public MediaRejected(String message) {
    super(message, null, false, false);
  }
}
