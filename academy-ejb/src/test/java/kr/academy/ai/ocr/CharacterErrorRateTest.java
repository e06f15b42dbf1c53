package kr.academy.ai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kr.academy.testing.CharacterErrorRate;
import org.junit.jupiter.api.Test;

/** The measure the OCR tests and benchmark judge by. */
class CharacterErrorRateTest {

  @Test
  void countsEditsPerReferenceCharacter() {
    assertEquals(0, CharacterErrorRate.of("숙제를 했다.", "숙제를 했다."));
    assertEquals(1.0 / 7, CharacterErrorRate.of("숙제를 했다.", "숙제룰 했다."), 1e-9); // one wrong
    assertEquals(1.0 / 7, CharacterErrorRate.of("숙제를 했다.", "숙제를했다."), 1e-9); // a lost space
    assertEquals(2.0 / 7, CharacterErrorRate.of("숙제를 했다.", "숙제를 했다다.!"), 1e-9);
    assertEquals(3, CharacterErrorRate.edits("kitten", "sitting"));
  }

  @Test
  void normalisesWhitespaceAndComposition() {
    assertEquals(0, CharacterErrorRate.of("첫째 줄\n둘째  줄 ", "  첫째 줄 둘째\n\n줄"));
    // 한 as one syllable and as its three jamo (NFD) is the same text.
    assertEquals(0, CharacterErrorRate.of("한", "\u1112\u1161\u11ab"));
    assertEquals(5, CharacterErrorRate.length(" a \n b\tc "));
  }

  @Test
  void aWrongReadingScoresHigh() {
    assertEquals(1.0, CharacterErrorRate.of("abc", ""));
    assertEquals(1.0, CharacterErrorRate.of("가나다", "라마바"));
    assertThrows(IllegalArgumentException.class, () -> CharacterErrorRate.of(" ", "x"));
  }
}
