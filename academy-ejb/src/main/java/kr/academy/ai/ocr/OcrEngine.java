package kr.academy.ai.ocr;

import kr.academy.pages.PageImage;

/**
 * Reads the printed Korean and English text of one page (docs/ocr.md): cleans the page up (its
 * shadows evened out, its skew turned back), recognises it, and says where each line is on the page
 * as it was given. Safe to call from several threads at once; a call blocks while every engine is
 * busy.
 */
public interface OcrEngine {

  /**
   * @throws OcrUnavailable when the engine cannot run at all (its library or models are missing):
   *     no page can be read in this process
   */
  PageText read(PageImage page, OcrMode mode);
}
