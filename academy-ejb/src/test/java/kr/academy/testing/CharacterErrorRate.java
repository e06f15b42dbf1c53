package kr.academy.testing;

import java.text.Normalizer;

/**
 * The character error rate of an OCR reading against the text it should have read: the edit
 * distance (Levenshtein: insertions, deletions and substitutions of one code point each) divided by
 * the reference's length, both texts whitespace-normalised first (Unicode NFC, every run of spaces,
 * tabs and line breaks made one space, trimmed). A line broken differently or a blank line costs
 * nothing; a space lost or added between two words costs one, as a wrong letter does.
 */
public final class CharacterErrorRate {

  private CharacterErrorRate() {}

  /** Edits per reference character: 0 for a perfect reading; over 1 is possible. */
  public static double of(String reference, String reading) {
    int[] expected = normalised(reference);
    if (expected.length == 0) {
      throw new IllegalArgumentException("an empty reference has no error rate");
    }
    return (double) distance(expected, normalised(reading)) / expected.length;
  }

  /** The edit distance between the two texts after whitespace normalisation. */
  public static int edits(String reference, String reading) {
    return distance(normalised(reference), normalised(reading));
  }

  /** The reference's length after whitespace normalisation, in code points. */
  public static int length(String reference) {
    return normalised(reference).length;
  }

  static int[] normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip()
        .codePoints()
        .toArray();
  }

  /** Levenshtein distance in two rows: O(n·m) time, O(m) memory. */
  static int distance(int[] a, int[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int ai = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        int substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }
}
