package kr.academy.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorableTextTest {

  @Test
  void koreanTextEmojiAndOrdinaryControlCharactersAreStorable() {
    assertEquals(Optional.empty(), StorableText.problem("name", "김하나 😀\t줄\n바꿈"));
    assertEquals(Optional.empty(), StorableText.problem("name", null));
  }

  @Test
  void theNulCharacterIsNamedWithItsField() {
    assertEquals(
        Optional.of("memo must not contain the NUL character (U+0000)"),
        StorableText.problem("memo", "a\0b"));
  }

  @Test
  void halfASurrogatePairIsRefusedWhereverItStands() {
    for (String text : new String[] {"\ud800", "a\ud800b", "\udc00a", "😀\ud83d"}) {
      assertTrue(
          StorableText.problem("name", text).orElseThrow().startsWith("name must be valid Unicode"),
          text);
    }
  }

  @Test
  void validationRefusesUnstorableTextWithEveryOtherProblem() {
    Validation v = new Validation();
    v.requiredText("name", "김\0하나", 50);
    v.optionalText("memo", "x".repeat(11), 10);
    DomainException e = assertThrows(DomainException.class, v::throwIfInvalid);
    assertEquals(2, e.details().size());
    assertEquals("name", e.details().get(0).field());
  }
}
