package kr.academy.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void defaultsAndCap() {
    assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
    assertEquals(100, PageRequest.of(0, 5000).size());
    assertEquals(60, PageRequest.of(3, 20).offset());
  }

  @Test
  void refusesNegativePagesAndEmptySizes() {
    assertThrows(DomainException.class, () -> PageRequest.of(-1, 20));
    assertThrows(DomainException.class, () -> PageRequest.of(0, 0));
  }

  @Test
  void refusesPagesWhoseOffsetLeavesTheIntegerRange() {
    DomainException tooFar =
        assertThrows(DomainException.class, () -> PageRequest.of(21_474_837, 100));
    assertEquals("page", tooFar.details().get(0).field());
    assertEquals(2_147_483_600, PageRequest.of(21_474_836, 100).offset());
    assertEquals(Integer.MAX_VALUE, PageRequest.of(Integer.MAX_VALUE, 1).offset());
    assertThrows(DomainException.class, () -> PageRequest.of(Integer.MAX_VALUE, 1000));
  }
}
