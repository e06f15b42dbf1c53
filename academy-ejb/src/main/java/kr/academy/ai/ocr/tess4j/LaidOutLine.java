package kr.academy.ai.ocr.tess4j;

import java.util.List;
import kr.academy.ai.ocr.Box;

/**
 * A line as Tesseract's layout finds it, before anything is read: its box, whether it starts a
 * paragraph, and its words' boxes in order (in the picture's pixels).
 */
record LaidOutLine(Box box, boolean startsParagraph, List<Box> words) {

  LaidOutLine {
    words = List.copyOf(words);
  }
}
