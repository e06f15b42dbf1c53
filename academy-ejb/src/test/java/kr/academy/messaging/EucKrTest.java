package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EucKrTest {

  @Test
  void hangulCountsTwoBytesAndAsciiOne() {
    assertEquals(3, EucKr.bytes("abc"));
    assertEquals(4, EucKr.bytes("가나"));
    assertEquals(5, EucKr.bytes("가 a\n"));
    assertEquals(2, EucKr.bytes("學"));
    assertEquals(0, EucKr.bytes(""));
  }

  @Test
  void ordinaryKoreanTextIsEncodable() {
    assertTrue(EucKr.unencodable("안녕하세요, 學院 (광고) 080-123-4567!").isEmpty());
  }

  @Test
  void listsEachUnencodableCharacterOnceInOrder() {
    assertEquals(List.of("😀", "👍"), List.copyOf(EucKr.unencodable("안녕😀 하세요😀👍")));
  }

  @Test
  void hangulOutsideKsX1001IsUnencodable() {
    assertEquals(List.of("똠"), List.copyOf(EucKr.unencodable("똠방각하")));
  }
}
