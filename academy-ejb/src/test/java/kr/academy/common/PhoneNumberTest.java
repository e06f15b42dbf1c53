package kr.academy.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kr.academy.common.PhoneNumber.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010-1234-5678",
        "01012345678",
        "+82 10 1234 5678",
        "+821012345678",
        "010 1234 5678",
        "(010) 1234-5678"
      })
  void oneMobileNumberHasOneCanonicalForm(String typed) {
    assertEquals("01012345678", PhoneNumber.parse(typed, Usage.MOBILE, "phone").digits());
  }

  @Test
  void landlinesAreValidWhereALandlineMakesSense() {
    assertEquals("021234567", PhoneNumber.parse("02-123-4567", Usage.ANY, "sender").digits());
    assertEquals("0311234567", PhoneNumber.parse("031-123-4567", Usage.ANY, "sender").digits());
    assertEquals("0801234567", PhoneNumber.parse("080-123-4567", Usage.ANY, "optOut").digits());
  }

  @Test
  void landlinesAreNotMobiles() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> PhoneNumber.parse("02-123-4567", Usage.MOBILE, "parentPhone"));
    assertEquals("parentPhone", e.details().get(0).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "010-123", "+1 212 555 0100", "전화", "010-1234-56789", " "})
  void rejectsWhatIsNotAKoreanNumber(String typed) {
    DomainException e =
        assertThrows(DomainException.class, () -> PhoneNumber.parse(typed, Usage.ANY, "phone"));
    assertEquals(DomainException.Kind.INVALID, e.kind());
  }

  @Test
  void optionalStaysAbsent() {
    assertNull(PhoneNumber.parseOptional("  ", Usage.MOBILE, "phone"));
    assertNull(PhoneNumber.parseOptional(null, Usage.MOBILE, "phone"));
  }

  @Test
  void displaysTheKoreanWay() {
    assertEquals("010-1234-5678", new PhoneNumber("01012345678").display());
    assertEquals("02-123-4567", new PhoneNumber("021234567").display());
    assertEquals("010-****-5678", new PhoneNumber("01012345678").masked());
    assertEquals("02-1**-4567", new PhoneNumber("021234567").masked());
  }
}
