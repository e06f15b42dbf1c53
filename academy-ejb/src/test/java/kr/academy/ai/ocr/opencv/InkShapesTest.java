package kr.academy.ai.ocr.opencv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InkShapesTest {

  @Test
  void piecesStandingOverOneAnotherAreOneColumnAndPiecesSideBySideAreNot() {
    // 한: ㅎ's stroke, bar and circle, ㅏ beside them, ㄴ under both; then an n beside.
    List<int[]> pieces =
        List.of(
            new int[] {10, 0, 8, 3},
            new int[] {4, 5, 20, 3},
            new int[] {6, 10, 16, 10},
            new int[] {28, 0, 4, 24},
            new int[] {6, 26, 26, 10},
            new int[] {40, 14, 14, 22});

    List<int[]> columns = InkShapes.columns(pieces);

    assertEquals(2, columns.size());
    assertArrayEquals(new int[] {4, 0, 28, 36}, columns.get(0), "the syllable, top to foot");
    assertArrayEquals(new int[] {40, 14, 14, 22}, columns.get(1));
  }
}
