package kr.academy.pages;

import static kr.academy.pages.PageRejected.Reason.TOO_LARGE;

/**
 * How much one uploaded file may hold: its bytes, its pages, and the pixels of any one page (an
 * image's own size, or a PDF page rendered at {@code renderDpi}). Checked before a page is decoded,
 * so a small file that would unpack into a huge image (a decompression bomb) is refused unread.
 */
public record PageLimits(long maxBytes, int maxPages, long maxPixels, int renderDpi) {

  public PageLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxPixels <= 0 || renderDpi <= 0) {
      throw new IllegalArgumentException(
          "page limits must be positive: "
              + maxBytes
              + ", "
              + maxPages
              + ", "
              + maxPixels
              + ", "
              + renderDpi);
    }
  }

  /** Refuses a file of {@code bytes}. */
  public void checkBytes(long bytes) {
    if (bytes > maxBytes) {
      throw new PageRejected(
          TOO_LARGE, "the file is " + bytes + " bytes; at most " + maxBytes + " are accepted");
    }
  }

  /** Refuses a file of {@code pages}. */
  public void checkPages(int pages) {
    if (pages > maxPages) {
      throw new PageRejected(
          TOO_LARGE, "the file has " + pages + " pages; at most " + maxPages + " are accepted");
    }
  }

  /** Refuses page {@code number} (from 1) of {@code width × height} pixels. */
  public void checkPixels(int number, long width, long height) {
    if (width * height > maxPixels) {
      throw new PageRejected(
          TOO_LARGE,
          "page "
              + number
              + " is "
              + width
              + " × "
              + height
              + " pixels; at most "
              + maxPixels
              + " pixels a page are accepted");
    }
  }
}
