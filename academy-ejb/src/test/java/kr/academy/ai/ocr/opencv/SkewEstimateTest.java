package kr.academy.ai.ocr.opencv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The projection profile on drawn ink: lines of dashes ("words") turned by a known angle. */
class SkewEstimateTest {

  static final int WIDTH = 620;
  static final int HEIGHT = 877;

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.7, -2.5, 4, -8, 12.3, -15})
  void findsTheAngleOfTurnedLines(double degrees) {
    byte[] ink = lines(degrees, 0);

    assertEquals(degrees, SkewEstimate.degrees(ink, WIDTH, HEIGHT, 15), 0.1);
  }

  @Test
  void grainDoesNotMoveIt() {
    assertEquals(-3.5, SkewEstimate.degrees(lines(-3.5, 0.02), WIDTH, HEIGHT, 15), 0.1);
  }

  @Test
  void tooLittleInkIsStraight() {
    byte[] ink = new byte[WIDTH * HEIGHT];
    for (int x = 100; x < 300; x++) {
      ink[400 * WIDTH + x] = 1; // 200 pixels: one short stroke
    }
    assertEquals(0, SkewEstimate.degrees(ink, WIDTH, HEIGHT, 15));
  }

  /**
   * Rows of words 3 pixels high every 18, turned counter-clockwise by {@code degrees} about the
   * centre, with {@code grain} of the pixels set at random.
   */
  static byte[] lines(double degrees, double grain) {
    byte[] ink = new byte[WIDTH * HEIGHT];
    double sin = Math.sin(Math.toRadians(degrees));
    double cos = Math.cos(Math.toRadians(degrees));
    Random random = new Random(7);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        // Where (x, y) was before turning: turn back by the angle.
        double dx = x - WIDTH / 2.0;
        double dy = y - HEIGHT / 2.0;
        double u = dx * cos - dy * sin + WIDTH / 2.0;
        double v = dx * sin + dy * cos + HEIGHT / 2.0;
        boolean text =
            u > 60 && u < WIDTH - 60 && v > 60 && v < HEIGHT - 60 && v % 18 < 3 && u % 40 < 32;
        if (text || random.nextDouble() < grain) {
          ink[y * WIDTH + x] = 1;
        }
      }
    }
    return ink;
  }
}
