package kr.academy.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageOrientationTest {

  /** Stored 3 × 2: {@code 0 1 2 / 3 4 5}; each Exif value turned upright, row after row. */
  @ParameterizedTest
  @CsvSource({
    "1, 3, 0 1 2 3 4 5",
    "2, 3, 2 1 0 5 4 3",
    "3, 3, 5 4 3 2 1 0",
    "4, 3, 3 4 5 0 1 2",
    "5, 2, 0 3 1 4 2 5",
    "6, 2, 3 0 4 1 5 2",
    "7, 2, 5 2 4 1 3 0",
    "8, 2, 2 5 1 4 0 3",
    "0, 3, 0 1 2 3 4 5",
    "9, 3, 0 1 2 3 4 5"
  })
  void everyExifOrientationStandsUpright(int tag, int width, String upright) {
    PageImage stored = new PageImage(3, 2, 300, new byte[] {0, 1, 2, 3, 4, 5});
    PageImage turned = PageOrientation.of(tag).apply(stored);
    assertEquals(width, turned.width());
    assertEquals(6 / width, turned.height());
    assertEquals(300, turned.dpi());
    byte[] expected = new byte[6];
    String[] values = upright.split(" ");
    for (int i = 0; i < 6; i++) {
      expected[i] = Byte.parseByte(values[i]);
    }
    assertArrayEquals(expected, turned.gray());
  }
}
