package kr.academy.messaging;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Korean carriers carry texts in EUC-KR (KS X 1001, 완성형): Hangul and other double-byte characters
 * count 2 bytes, ASCII 1. A character outside it (an emoji, a rare Hangul syllable) cannot be sent
 * as SMS or LMS at all; Solapi refuses it with status 1029.
 */
public final class EucKr {

  private static final Charset CHARSET = Charset.forName("EUC-KR");

  private EucKr() {}

  /** Bytes the text takes in EUC-KR; only meaningful when {@link #unencodable} is empty. */
  public static int bytes(String text) {
    return text.getBytes(CHARSET).length;
  }

  /** The characters of the text that EUC-KR cannot carry, each once, in order of appearance. */
  public static Set<String> unencodable(String text) {
    CharsetEncoder encoder = CHARSET.newEncoder();
    Set<String> found = new LinkedHashSet<>();
    text.codePoints()
        .filter(c -> !encoder.canEncode(new String(Character.toChars(c))))
        .forEach(c -> found.add(new String(Character.toChars(c))));
    return found;
  }
}
