package kr.academy.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text that can be stored and shown back exactly as it was given. PostgreSQL refuses the NUL
 * character in text (the statement fails), and half of a UTF-16 surrogate pair has no UTF-8 form
 * (it would be stored as {@code ?}); both are refused as input instead.
 */
public final class StorableText {

  private StorableText() {}

  /** What is wrong with {@code value} as text of {@code field}, if anything. */
  public static Optional<String> problem(String field, String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0') {
        return Optional.of(field + " must not contain the NUL character (U+0000)");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            field
                + " must be valid Unicode text: it has half of a surrogate pair (U+"
                + hex(c)
                + ")");
      }
    }
    return Optional.empty();
  }

  /** {@code bytes} as UTF-8 text; empty when they are not UTF-8 (nothing is replaced). */
  public static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String hex(char c) {
    return Integer.toHexString(c).toUpperCase();
  }
}
