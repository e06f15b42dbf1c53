package kr.academy.ai.ocr.tess4j;

import java.util.List;

/**
 * What one recognition returned, in the recognised picture's pixels: lines of words, each with its
 * box and confidence (0–100, Tesseract's scale) and, for words, the model that read it and whether
 * a space stands before it in the line.
 */
record Recognised(List<Line> lines) {

  record Line(
      String text,
      List<Word> words,
      int left,
      int top,
      int right,
      int bottom,
      float confidence,
      boolean startsParagraph) {}

  record Word(
      String text,
      int left,
      int top,
      int right,
      int bottom,
      float confidence,
      String language,
      boolean spaceBefore) {

    Word spaced(boolean before) {
      return new Word(text, left, top, right, bottom, confidence, language, before);
    }
  }
}
