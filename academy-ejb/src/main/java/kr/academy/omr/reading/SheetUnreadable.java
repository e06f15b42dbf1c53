package kr.academy.omr.reading;

/**
 * The sheet cannot be matched to its template (its markers or its outline were not found, or it is
 * not this template's sheet): nothing on it can be read. The message says why, in words the
 * academy's staff act on ("the four corner markers were not found: …").
 */
public class SheetUnreadable extends RuntimeException {

  public SheetUnreadable(String message) {
    super(message, null, false, false);
  }
}
