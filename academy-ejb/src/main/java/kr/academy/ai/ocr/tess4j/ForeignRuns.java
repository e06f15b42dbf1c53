package kr.academy.ai.ocr.tess4j;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where, in a line read by the first language's model alone, text of another language stands: the
 * Korean model reads an English sentence as digits, brackets and the odd syllable ("| 다110 [680109
 * 6001<5"), which no confidence gives away (some of it at 90 and more) but its script does.
 * docs/ocr.md, Tesseract.
 *
 * <p>Each word of the line is one of:
 *
 * <ul>
 *   <li><b>foreign</b>: letters or digits, none of them in the page's main script;
 *   <li><b>native</b>: letters of the main script, read with at least {@link #SURE} confidence;
 *   <li><b>weak</b>: anything else — a doubtful word of the main script (in a run, usually a piece
 *       of the foreign text read as a syllable) or punctuation alone.
 * </ul>
 *
 * A run is a longest sequence of words that are not native and hold a foreign word. A number counts
 * as foreign too, however sure: the Korean model reads "360km" as "360107" at 90.
 */
final class ForeignRuns {

  /** A word read with at least this confidence (0–100) is sure. */
  static final float SURE = 85;

  /** Words {@code from} (inclusive) to {@code to} (exclusive) of a line. */
  record Run(int from, int to) {}

  private enum Kind {
    FOREIGN,
    NATIVE,
    WEAK
  }

  private ForeignRuns() {}

  /**
   * The script most letters of the page's sure words read by the model of {@code language} are in
   * (Hangul, for a Korean page read by the Korean model); {@code COMMON} when no such word has a
   * letter.
   */
  static UnicodeScript mainScript(List<Recognised.Line> lines, String language) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    for (Recognised.Line line : lines) {
      for (Recognised.Word word : line.words()) {
        if (word.confidence() >= SURE && word.language().equals(language)) {
          word.text()
              .codePoints()
              .filter(Character::isLetter)
              .forEach(c -> counts.merge(UnicodeScript.of(c), 1, Integer::sum));
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(UnicodeScript.COMMON);
  }

  /**
   * The line's runs of foreign text, in order; a word read by another model than {@code language}'s
   * already counts as native.
   */
  static List<Run> in(Recognised.Line line, UnicodeScript script, String language) {
    List<Run> runs = new ArrayList<>();
    List<Recognised.Word> words = line.words();
    int from = -1;
    boolean foreign = false;
    for (int i = 0; i <= words.size(); i++) {
      Kind kind = i < words.size() ? kind(words.get(i), script, language) : Kind.NATIVE;
      if (kind == Kind.NATIVE) {
        if (foreign) {
          runs.add(new Run(from, i));
        }
        from = -1;
        foreign = false;
        continue;
      }
      if (from < 0) {
        from = i;
      }
      foreign |= kind == Kind.FOREIGN;
    }
    return runs;
  }

  /** Whether any of the words has a letter of {@code script}. */
  static boolean inScript(List<Recognised.Word> words, UnicodeScript script) {
    return words.stream()
        .anyMatch(
            word ->
                word.text()
                    .codePoints()
                    .anyMatch(c -> Character.isLetter(c) && UnicodeScript.of(c) == script));
  }

  private static Kind kind(Recognised.Word word, UnicodeScript script, String language) {
    if (!word.language().equals(language)) {
      return Kind.NATIVE;
    }
    boolean letterOrDigit = false;
    boolean inScript = false;
    for (int c : word.text().codePoints().toArray()) {
      if (Character.isLetterOrDigit(c)) {
        letterOrDigit = true;
        inScript |= Character.isLetter(c) && UnicodeScript.of(c) == script;
      }
    }
    if (letterOrDigit && !inScript) {
      return Kind.FOREIGN;
    }
    return inScript && word.confidence() >= SURE ? Kind.NATIVE : Kind.WEAK;
  }
}
