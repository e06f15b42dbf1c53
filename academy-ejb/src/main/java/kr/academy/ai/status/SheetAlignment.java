package kr.academy.ai.status;

import kr.academy.pages.PageImage;

/**
 * Lays a scan onto the blank sheet it was written on: scaled to the blank's size, its small shift
 * and rotation undone, so that a pixel of the result and the same pixel of the blank show the same
 * spot of the paper. What falls outside the scan is white.
 */
public interface SheetAlignment {

  /** {@code scan} in {@code blank}'s frame, with how well the two match. */
  Aligned align(PageImage scan, PageImage blank);

  /**
   * @param page the scan, {@code blank.width() × blank.height()}
   * @param correlation how alike the aligned scan and the blank are (−1–1)
   * @param degrees the rotation undone
   */
  record Aligned(PageImage page, double correlation, double degrees) {}
}
