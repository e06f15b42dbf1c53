package kr.academy.pages;

/**
 * A file, or one of its pages, cannot be read as pages within the limits. {@code reason} decides
 * the answer at the API (415, 413, 422) and the message says what is wrong with the file in words
 * the uploader acts on ("the PDF is password-protected", "page 3 is 20000 × 20000 pixels; at most
 * …").
 */
public class PageRejected extends RuntimeException {

  /** What kind of problem it is. */
  public enum Reason {
    /** Not a JPEG, PNG, TIFF or PDF. */
    UNSUPPORTED_FORMAT,
    /** Over a limit: bytes, pages, or pixels of a page. */
    TOO_LARGE,
    /** The right kind of file, but it cannot be read: corrupt, truncated, encrypted, no pages. */
    UNREADABLE
  }

  private final Reason reason;

  public PageRejected(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
