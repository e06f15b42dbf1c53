package kr.academy.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterCheckTest {

  @Test
  void percentEscapesAreDecodedAsUtf8() {
    assertEquals(Optional.of("김 a+b"), ParameterCheck.decoded("%EA%B9%80%20a+b"));
    assertEquals(Optional.of("a\0b"), ParameterCheck.decoded("a%00b"));
  }

  @Test
  void bytesThatAreNotUtf8AndBrokenEscapesHaveNoText() {
    for (String raw : new String[] {"%ff%fe", "%ed%a0%80", "%C3", "a%", "a%4", "%zz"}) {
      assertEquals(Optional.empty(), ParameterCheck.decoded(raw), raw);
    }
  }
}
