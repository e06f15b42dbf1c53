package kr.academy.media;

/**
 * Processing ended the video as FAILED (its row and progress already say why): the job fails at
 * once with the same reason, without retries.
 */
public class VideoRejected extends Exception {

  public VideoRejected(String message) {
    super(message, null, false, false);
  }
}
