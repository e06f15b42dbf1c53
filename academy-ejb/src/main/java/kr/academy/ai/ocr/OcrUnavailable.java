package kr.academy.ai.ocr;

/**
 * The OCR engine cannot run in this process: its native library does not load, or its language
 * models are missing (docs/ocr.md, Installation). Not the page's fault: the job fails and is
 * retried elsewhere; the message says what is missing.
 */
public class OcrUnavailable extends RuntimeException {

  public OcrUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
