package kr.academy.ai.status;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.academy.pages.PageImage;

/**
 * A printed worksheet drawn in the test: an A4 page at 100 dpi with a heading, four questions in
 * Korean and an answer box under each; handwriting-like strokes in any of the boxes; and what a
 * scanner or a phone does to the page (shift, rotation, another resolution, gray paper, a shadow,
 * noise).
 */
public final class Worksheets {

  static final int WIDTH = 827;
  static final int HEIGHT = 1169;
  static final int QUESTIONS = 4;

  private static final int PITCH = 262;
  private static final int BOX_LEFT = 60;
  private static final int BOX_TOP = 122;
  private static final int BOX_WIDTH = 707;
  private static final int BOX_HEIGHT = 215;
  private static final int LINE_PITCH = 27;
  private static final int INSET = 4;

  private Worksheets() {}

  /** The answer boxes' insides as regions {@code q1} to {@code q4}. */
  public static List<StatusRegion> answerRegions() {
    List<StatusRegion> regions = new ArrayList<>();
    for (int q = 0; q < QUESTIONS; q++) {
      regions.add(
          new StatusRegion(
              "q" + (q + 1),
              (double) (BOX_LEFT + INSET) / WIDTH,
              (double) (BOX_TOP + q * PITCH + INSET) / HEIGHT,
              (double) (BOX_WIDTH - 2 * INSET) / WIDTH,
              (double) (BOX_HEIGHT - 2 * INSET) / HEIGHT));
    }
    return regions;
  }

  /** The sheet as printed. */
  public static BufferedImage blank() {
    BufferedImage sheet = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = sheet.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.setFont(new Font("NanumGothic", Font.BOLD, 24));
    g.drawString("3주차 수학 숙제   이름: ________", BOX_LEFT, 80);
    g.setFont(new Font("NanumGothic", Font.PLAIN, 15));
    g.setStroke(new BasicStroke(1.5f));
    String[] questions = {
      "1. 다음 식을 계산하시오: 3/4 + 5/6 (풀이 과정을 쓰시오)",
      "2. 한 변의 길이가 7cm인 정사각형의 넓이를 구하시오.",
      "3. Solve for x: 2x + 7 = 19, and check your answer.",
      "4. 연필 12자루를 3명에게 똑같이 나누면 몇 자루씩인가?"
    };
    for (int q = 0; q < QUESTIONS; q++) {
      g.drawString(questions[q], BOX_LEFT, BOX_TOP + q * PITCH - 10);
      g.drawRect(BOX_LEFT, BOX_TOP + q * PITCH, BOX_WIDTH, BOX_HEIGHT);
    }
    g.dispose();
    return sheet;
  }

  /**
   * {@code sheet} with handwriting in box {@code q} (0–3) on its first {@code lines} of 7 lines.
   */
  public static BufferedImage write(BufferedImage sheet, int q, int lines, long seed) {
    BufferedImage written = copy(sheet);
    handwriting(written, BOX_LEFT + 15, BOX_TOP + q * PITCH + 26, BOX_WIDTH - 40, lines, seed);
    return written;
  }

  /** A plain notebook page with its first {@code lines} of 40 lines written on. */
  static BufferedImage notebook(int lines) {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.dispose();
    handwriting(page, 70, 80, WIDTH - 140, lines, lines);
    return page;
  }

  /** A blank notebook page but for one scribbled word: a stray mark, not homework. */
  static BufferedImage notebookWithOneWord() {
    BufferedImage page = notebook(0);
    handwriting(page, 300, 500, 60, 1, 3);
    return page;
  }

  /** Lines of scribbled words from ({@code left}, {@code baseline}), each at least half as wide. */
  private static void handwriting(
      BufferedImage page, int left, int baseline, int width, int lines, long seed) {
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(45, 45, 60));
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Random random = new Random(seed);
    for (int line = 0; line < lines; line++) {
      int y = baseline + line * LINE_PITCH;
      int end = left + width / 2 + random.nextInt(width / 2);
      for (int x = left + random.nextInt(10); x < end; ) {
        int word = 30 + random.nextInt(60);
        g.draw(scribble(x, y, word, random));
        x += word + 12 + random.nextInt(10);
      }
    }
    g.dispose();
  }

  /** {@code sheet} written in the boxes {@code filled} (all seven lines each). */
  static BufferedImage writeBoxes(BufferedImage sheet, int... filled) {
    BufferedImage written = sheet;
    for (int q : filled) {
      written = write(written, q, 7, q);
    }
    return written;
  }

  /** A word of joined letters: a loop or a zigzag each few pixels. */
  private static Path2D scribble(int x, int baseline, int width, Random random) {
    Path2D path = new Path2D.Double();
    path.moveTo(x, baseline);
    for (int at = x; at < x + width; at += 6) {
      double high = baseline - 6 - random.nextInt(10);
      path.curveTo(at + 2, high, at + 5, high, at + 6, baseline - random.nextInt(3));
    }
    return path;
  }

  /** What a scan does to a page. */
  record Scan(
      double degrees,
      int shiftX,
      int shiftY,
      double scale,
      int paper,
      double shadow,
      double noise) {

    static final Scan CLEAN = new Scan(0, 0, 0, 1, 255, 0, 0);

    /** Fed in crooked: turned and shifted, at 120 dpi instead of 100. */
    static final Scan CROOKED = new Scan(2, 14, -9, 1.2, 255, 0, 0);

    /** Gray recycled paper, a shadow darkening the right side by half, sensor noise. */
    static final Scan DIRTY = new Scan(0, 0, 0, 1, 225, 0.5, 10);

    /** Everything at once, turned the other way. */
    static final Scan PHONE = new Scan(-2, -11, 13, 1.3, 230, 0.45, 8);

    PageImage of(BufferedImage sheet) {
      int width = (int) Math.round(sheet.getWidth() * scale);
      int height = (int) Math.round(sheet.getHeight() * scale);
      BufferedImage scanned = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = scanned.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      AffineTransform turn = new AffineTransform();
      turn.translate(shiftX * scale, shiftY * scale);
      turn.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
      turn.scale(scale, scale);
      g.drawImage(sheet, turn, null);
      g.dispose();
      Random random = new Random(42);
      byte[] gray = new byte[width * height];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          double light = 1 - shadow * x / width;
          double value =
              (scanned.getRaster().getSample(x, y, 0) * paper / 255.0) * light
                  + random.nextGaussian() * noise;
          gray[y * width + x] = (byte) Math.max(0, Math.min(255, Math.round(value)));
        }
      }
      return new PageImage(width, height, 0, gray);
    }
  }

  static PageImage page(BufferedImage sheet) {
    return Scan.CLEAN.of(sheet);
  }

  private static BufferedImage copy(BufferedImage sheet) {
    BufferedImage copy = new BufferedImage(sheet.getWidth(), sheet.getHeight(), sheet.getType());
    Graphics2D g = copy.createGraphics();
    g.drawImage(sheet, 0, 0, null);
    g.dispose();
    return copy;
  }
}
