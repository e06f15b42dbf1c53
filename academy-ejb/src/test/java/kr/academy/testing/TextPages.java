package kr.academy.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.academy.pages.PageImage;

/**
 * Renders pages of known text as a scanner or a phone would hand them over: an A4 page (2,480 ×
 * 3,508 at 300 dpi) of wrapped paragraphs in a Nanum font (Debian {@code fonts-nanum}), then, as
 * asked, turned by a few degrees, darkened by a shadow across the page, softened and grained like a
 * phone photo. The page says what it shows: its text line by line and where each line's ink lies.
 */
public final class TextPages {

  public static final int A4_WIDTH = 2480;
  public static final int A4_HEIGHT = 3508;
  public static final int DPI = 300;
  public static final Path FONTS = Path.of("/usr/share/fonts/truetype/nanum");

  private TextPages() {}

  /** A rendered page, the text it shows (one line a line) and each line's ink. */
  public record TextPage(PageImage image, List<Line> lines) {

    public String text() {
      return String.join("\n", lines.stream().map(Line::text).toList());
    }
  }

  /** One line as drawn; {@code box} bounds its ink on the final page (turned with the page). */
  public record Line(String text, Rectangle box) {}

  /** A page of these paragraphs, in NanumGothic at 11 pt, straight and clean unless told. */
  public static Builder of(List<String> paragraphs) {
    return new Builder(paragraphs);
  }

  /** The page as a gray image (to write it as PNG, or to look at it). */
  public static BufferedImage image(PageImage page) {
    BufferedImage image =
        new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    System.arraycopy(page.gray(), 0, pixels, 0, pixels.length);
    return image;
  }

  public static final class Builder {

    private final List<String> paragraphs;
    private String font = "NanumGothic.ttf";
    private float points = 11;
    private double degrees;
    private double shadow;
    private double noise;
    private boolean blur;
    private long seed = 1;

    private Builder(List<String> paragraphs) {
      this.paragraphs = List.copyOf(paragraphs);
    }

    /** A font file of {@link #FONTS}, e.g. {@code NanumMyeongjo.ttf}. */
    public Builder font(String file) {
      this.font = file;
      return this;
    }

    public Builder points(float points) {
      this.points = points;
      return this;
    }

    /** The paper turned by this much, counter-clockwise for a positive angle, about its centre. */
    public Builder rotated(double degrees) {
      this.degrees = degrees;
      return this;
    }

    /**
     * A phone photo's light: the paper gray rather than white, a shadow deepening towards the lower
     * right to {@code depth} (0–1) of the light, and a hand's soft shadow on the lower left.
     */
    public Builder shadow(double depth) {
      this.shadow = depth;
      return this;
    }

    /** Gaussian grain of this standard deviation in gray levels, drawn with {@link #seed}. */
    public Builder noise(double sigma) {
      this.noise = sigma;
      return this;
    }

    /** A slightly soft focus (a 3 × 3 Gaussian). */
    public Builder blurred() {
      this.blur = true;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public TextPage render() {
      BufferedImage canvas = new BufferedImage(A4_WIDTH, A4_HEIGHT, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = canvas.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, A4_WIDTH, A4_HEIGHT);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      Font face = load(font).deriveFont(points * DPI / 72f);
      g.setFont(face);
      g.setColor(Color.BLACK);
      List<Line> drawn = write(g, face);
      g.dispose();
      int[] levels = levels(canvas);
      if (degrees != 0) {
        levels = turn(levels, canvas);
        drawn = drawn.stream().map(line -> new Line(line.text(), turned(line.box()))).toList();
      }
      if (blur) {
        levels = blur(levels);
      }
      byte[] gray = new byte[levels.length];
      Random random = new Random(seed);
      for (int y = 0; y < A4_HEIGHT; y++) {
        for (int x = 0; x < A4_WIDTH; x++) {
          int i = y * A4_WIDTH + x;
          double v = levels[i] * light(x, y);
          if (noise > 0) {
            v += random.nextGaussian() * noise;
          }
          gray[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
      }
      return new TextPage(new PageImage(A4_WIDTH, A4_HEIGHT, DPI, gray), drawn);
    }

    /** Paragraphs wrapped at spaces within 20 mm margins, 1.6 lines apart, until the page ends. */
    private List<Line> write(Graphics2D g, Font face) {
      int margin = Math.round(20 / 25.4f * DPI);
      int width = A4_WIDTH - 2 * margin;
      float step = face.getSize2D() * 1.6f;
      FontRenderContext context = g.getFontRenderContext();
      List<Line> lines = new ArrayList<>();
      float baseline = margin + face.getSize2D();
      for (String paragraph : paragraphs) {
        for (String text : wrap(paragraph, g, width)) {
          if (baseline + step > A4_HEIGHT - margin) {
            return lines;
          }
          g.drawString(text, margin, baseline);
          Rectangle2D ink = new TextLayout(text, face, context).getBounds();
          lines.add(
              new Line(
                  text,
                  new Rectangle(
                      (int) Math.floor(margin + ink.getX()),
                      (int) Math.floor(baseline + ink.getY()),
                      (int) Math.ceil(ink.getWidth()),
                      (int) Math.ceil(ink.getHeight()))));
          baseline += step;
        }
        baseline += step * 0.5f;
      }
      return lines;
    }

    private static List<String> wrap(String paragraph, Graphics2D g, int width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String longer = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && g.getFontMetrics().stringWidth(longer) > width) {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        } else {
          line.setLength(0);
          line.append(longer);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }

    private static int[] levels(BufferedImage canvas) {
      int[] rgb = canvas.getRGB(0, 0, A4_WIDTH, A4_HEIGHT, null, 0, A4_WIDTH);
      for (int i = 0; i < rgb.length; i++) {
        rgb[i] = (rgb[i] >> 8) & 0xff;
      }
      return rgb;
    }

    private AffineTransform turn() {
      // Counter-clockwise on the page (whose y axis points down) is a negative angle for Java2D.
      return AffineTransform.getRotateInstance(
          Math.toRadians(-degrees), A4_WIDTH / 2.0, A4_HEIGHT / 2.0);
    }

    private int[] turn(int[] levels, BufferedImage canvas) {
      canvas.setRGB(0, 0, A4_WIDTH, A4_HEIGHT, gray(levels), 0, A4_WIDTH);
      BufferedImage turned = new BufferedImage(A4_WIDTH, A4_HEIGHT, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = turned.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, A4_WIDTH, A4_HEIGHT);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(canvas, turn(), null);
      g.dispose();
      return levels(turned);
    }

    private static int[] gray(int[] levels) {
      int[] rgb = new int[levels.length];
      for (int i = 0; i < levels.length; i++) {
        rgb[i] = levels[i] << 16 | levels[i] << 8 | levels[i];
      }
      return rgb;
    }

    private Rectangle turned(Rectangle box) {
      AffineTransform turn = turn();
      double left = Double.MAX_VALUE;
      double top = Double.MAX_VALUE;
      double right = -Double.MAX_VALUE;
      double bottom = -Double.MAX_VALUE;
      for (int corner = 0; corner < 4; corner++) {
        Point2D point =
            turn.transform(
                new Point2D.Double(
                    box.x + (corner % 2) * box.width, box.y + (corner / 2) * box.height),
                null);
        left = Math.min(left, point.getX());
        top = Math.min(top, point.getY());
        right = Math.max(right, point.getX());
        bottom = Math.max(bottom, point.getY());
      }
      return new Rectangle(
          (int) Math.floor(left),
          (int) Math.floor(top),
          (int) Math.ceil(right - left),
          (int) Math.ceil(bottom - top));
    }

    private static int[] blur(int[] levels) {
      int[] soft = levels.clone();
      int[] weights = {1, 2, 1, 2, 4, 2, 1, 2, 1};
      for (int y = 1; y < A4_HEIGHT - 1; y++) {
        for (int x = 1; x < A4_WIDTH - 1; x++) {
          int sum = 0;
          for (int k = 0; k < 9; k++) {
            sum += weights[k] * levels[(y + k / 3 - 1) * A4_WIDTH + x + k % 3 - 1];
          }
          soft[y * A4_WIDTH + x] = sum / 16;
        }
      }
      return soft;
    }

    /** The share of the light that reaches (x, y): 1 without a shadow. */
    private double light(int x, int y) {
      if (shadow == 0) {
        return 1;
      }
      double u = (double) x / A4_WIDTH;
      double v = (double) y / A4_HEIGHT;
      double paper = 0.92;
      double diagonal = Math.max(0, Math.min(1, (u + v - 0.5) / 1.5));
      double hand = Math.exp(-(Math.pow((u - 0.1) / 0.25, 2) + Math.pow((v - 0.85) / 0.2, 2)));
      return paper * (1 - shadow * diagonal) * (1 - 0.6 * shadow * hand);
    }
  }

  private static Font load(String file) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, FONTS.resolve(file).toFile());
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException(
          "font " + FONTS.resolve(file) + " (Debian fonts-nanum) cannot be loaded: " + e, e);
    }
  }
}
