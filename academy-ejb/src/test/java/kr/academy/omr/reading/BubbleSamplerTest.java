package kr.academy.omr.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.academy.omr.Bubble;
import kr.academy.omr.FieldKind;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateField;
import kr.academy.pages.PageImage;
import org.junit.jupiter.api.Test;

class BubbleSamplerTest {

  private static final OmrLayout LAYOUT =
      new OmrLayout(
          100,
          50,
          List.of(),
          List.of(
              new TemplateField(
                  "q1",
                  "",
                  FieldKind.MCQ,
                  "",
                  List.of(new Bubble("A", 10, 10, 20, 20), new Bubble("B", 60, 10, 20, 20)))),
          Map.of(),
          List.of());

  @Test
  void theMarkIsMeasuredInsideTheOutlineAndThePrintOverTheWhole() {
    byte[] gray = new byte[100 * 50];
    Arrays.fill(gray, (byte) 240);
    // A: an outline one pixel wide and a dark centre; B: plain paper.
    for (int y = 10; y < 30; y++) {
      for (int x = 10; x < 30; x++) {
        boolean edge = x == 10 || x == 29 || y == 10 || y == 29;
        boolean centre = x >= 14 && x < 26 && y >= 14 && y < 26;
        gray[y * 100 + x] = (byte) (edge ? 0 : centre ? 40 : 240);
      }
    }

    List<List<BubbleSample>> samples =
        BubbleSampler.sample(new PageImage(100, 50, 0, gray), LAYOUT);

    BubbleSample marked = samples.get(0).get(0);
    assertEquals(40, marked.mean(), 1e-9, "the inner 12 × 12 pixels, without the outline");
    assertTrue(marked.contrast() > 50);
    BubbleSample paper = samples.get(0).get(1);
    assertEquals(240, paper.mean(), 1e-9);
    assertEquals(0, paper.contrast(), 1e-9);
  }

  @Test
  void aSheetOfAnotherSizeIsAMistake() {
    PageImage other = new PageImage(50, 50, 0, new byte[2500]);

    assertThrows(IllegalArgumentException.class, () -> BubbleSampler.sample(other, LAYOUT));
  }
}
