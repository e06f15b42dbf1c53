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
      boolean startsParagraph) {

    /**
     * The line with these words instead, its text spelled from them, as wide as it and they are.
     * Its height stays: words read again on a crop of one line come back as high as the crop's
     * band.
     */
    Line withWords(List<Word> words) {
      StringBuilder text = new StringBuilder();
      int left = this.left;
      int right = this.right;
      for (Word word : words) {
        if (!text.isEmpty() && word.spaceBefore()) {
          text.append(' ');
        }
        text.append(word.text());
        left = Math.min(left, word.left());
        right = Math.max(right, word.right());
      }
      return new Line(
          text.toString(), words, left, top, right, bottom, confidence, startsParagraph);
    }
  }

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
