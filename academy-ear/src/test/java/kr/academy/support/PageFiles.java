package kr.academy.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Page files as academies upload them, made in the test: images, PDFs, and broken ones. */
public final class PageFiles {

  private PageFiles() {}

  /** A white page with the lines in black, 40 px type, as PNG. */
  public static BufferedImage page(int width, int height, List<String> lines) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font("NanumGothic", Font.PLAIN, 40));
    for (int i = 0; i < lines.size(); i++) {
      g.drawString(lines.get(i), 120, 200 + i * 80);
    }
    g.dispose();
    return image;
  }

  public static byte[] png(BufferedImage image) {
    return write(image, "png");
  }

  public static byte[] jpeg(BufferedImage image) {
    return write(image, "jpeg");
  }

  private static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PDF with one page per image, each drawn over the whole page. */
  public static byte[] pdf(List<BufferedImage> pages) {
    return pdf(pages, false);
  }

  /** The same PDF, protected by an owner and a user password. */
  public static byte[] encryptedPdf(List<BufferedImage> pages) {
    return pdf(pages, true);
  }

  private static byte[] pdf(List<BufferedImage> pages, boolean encrypted) {
    try (PDDocument document = new PDDocument()) {
      for (BufferedImage image : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(
              LosslessFactory.createFromImage(document, image),
              0,
              0,
              PDRectangle.A4.getWidth(),
              PDRectangle.A4.getHeight());
        }
      }
      if (encrypted) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A gray PNG of {@code width × height} white pixels, written row by row without ever holding the
   * image: a 20,000 × 20,000 one (400 MB of pixels) is a few hundred kilobytes, a decompression
   * bomb.
   */
  public static byte[] whitePng(int width, int height) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream ihdr = new DataOutputStream(header);
      ihdr.writeInt(width);
      ihdr.writeInt(height);
      ihdr.write(new byte[] {8, 0, 0, 0, 0});
      chunk(out, "IHDR", header.toByteArray());
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      try (DeflaterOutputStream deflate =
          new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
        byte[] row = new byte[width + 1];
        java.util.Arrays.fill(row, 1, row.length, (byte) 0xff);
        for (int y = 0; y < height; y++) {
          deflate.write(row);
        }
      }
      chunk(out, "IDAT", data.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    DataOutputStream chunk = new DataOutputStream(out);
    chunk.writeInt(data.length);
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    chunk.write(name);
    chunk.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    chunk.writeInt((int) crc.getValue());
  }
}
