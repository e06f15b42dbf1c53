package kr.academy.pages;

/** What an uploaded file turned out to be without decoding its pixels: its format and pages. */
public record PageFile(Format format, int pageCount) {

  /** The formats pages are read from. */
  public enum Format {
    JPEG,
    PNG,
    TIFF,
    PDF
  }
}
