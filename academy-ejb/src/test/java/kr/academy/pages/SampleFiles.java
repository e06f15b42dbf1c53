package kr.academy.pages;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Files made inside the tests: pictures written by Image I/O, PDFs built with PDFBox, bombs. */
final class SampleFiles {

  private final Path folder;
  private int written;

  SampleFiles(Path folder) {
    this.folder = folder;
  }

  /** A white picture of {@code type} with whatever {@code drawing} adds. */
  static BufferedImage picture(int width, int height, int type, Consumer<Graphics2D> drawing) {
    BufferedImage picture = new BufferedImage(width, height, type);
    Graphics2D g = picture.createGraphics();
    if (!picture.getColorModel().hasAlpha()) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
    }
    drawing.accept(g);
    g.dispose();
    return picture;
  }

  /** A white RGB picture with a black square in its top-left corner. */
  static BufferedImage cornerMarked(int width, int height) {
    return picture(
        width,
        height,
        BufferedImage.TYPE_INT_RGB,
        g -> {
          g.setColor(Color.BLACK);
          g.fillRect(0, 0, width / 4, height / 4);
        });
  }

  Path image(String format, BufferedImage picture) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(picture, format, out)) {
        throw new IllegalStateException("no " + format + " writer for this picture");
      }
      return bytes(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TIFF with one page per picture. */
  Path tiff(List<BufferedImage> pictures) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("Deflate");
      writer.prepareWriteSequence(null);
      for (BufferedImage picture : pictures) {
        writer.writeToSequence(new IIOImage(picture, null, null), param);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes(out.toByteArray());
  }

  /** A JPEG of {@code picture} with an Exif APP1 segment giving {@code orientation}. */
  Path jpegWithOrientation(BufferedImage picture, int orientation, ByteOrder order) {
    byte[] jpeg = read(image("jpeg", picture));
    ByteBuffer exif = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4).order(order);
    exif.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
    exif.put(order == ByteOrder.BIG_ENDIAN ? new byte[] {'M', 'M'} : new byte[] {'I', 'I'});
    exif.putShort((short) 42);
    exif.putInt(8); // IFD0 right after the header
    exif.putShort((short) 1); // one entry
    exif.putShort((short) 0x0112); // Orientation
    exif.putShort((short) 3); // SHORT
    exif.putInt(1);
    exif.putShort((short) orientation);
    exif.putShort((short) 0);
    exif.putInt(0); // no next IFD
    byte[] segment = exif.array();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(jpeg, 0, 2); // SOI
    file.write(0xff);
    file.write(0xe1);
    file.write((segment.length + 2) >> 8);
    file.write((segment.length + 2) & 0xff);
    file.write(segment, 0, segment.length);
    file.write(jpeg, 2, jpeg.length - 2);
    return bytes(file.toByteArray());
  }

  /**
   * A valid PNG of {@code width × height} white gray pixels: rows of zeros deflate a thousandfold,
   * so 20,000 × 20,000 (400 MB of pixels) is a file of a few hundred kilobytes.
   */
  Path grayPngBomb(int width, int height) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    ByteArrayOutputStream pixels = new ByteArrayOutputStream();
    try {
      h.writeInt(width);
      h.writeInt(height);
      h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit gray, deflate, no filter, no interlace
      try (DeflaterOutputStream z =
          new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION))) {
        byte[] row = new byte[width + 1];
        Arrays.fill(row, 1, row.length, (byte) 0xff);
        for (int y = 0; y < height; y++) {
          z.write(row);
        }
      }
      chunk(file, "IHDR", header.toByteArray());
      chunk(file, "IDAT", pixels.toByteArray());
      chunk(file, "IEND", new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes(file.toByteArray());
  }

  private static void chunk(ByteArrayOutputStream file, String type, byte[] data)
      throws IOException {
    DataOutputStream out = new DataOutputStream(file);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }

  /** A small JPEG whose frame header claims {@code width × height}. */
  Path jpegClaiming(int width, int height) {
    byte[] jpeg = read(image("jpeg", cornerMarked(16, 16)));
    for (int i = 2; i + 9 < jpeg.length; i++) {
      if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
        jpeg[i + 5] = (byte) (height >> 8);
        jpeg[i + 6] = (byte) height;
        jpeg[i + 7] = (byte) (width >> 8);
        jpeg[i + 8] = (byte) width;
        return bytes(jpeg);
      }
    }
    throw new IllegalStateException("the JPEG writer wrote no baseline frame header");
  }

  /** A PDF of {@code pages} pages of {@code size}, each with a black bar across its top. */
  Path pdf(int pages, PDRectangle size) {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.setNonStrokingColor(0f);
          content.addRect(0, size.getHeight() - 72, size.getWidth(), 36);
          content.fill();
        }
      }
      return pdf(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path pdf(PDDocument document) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return bytes(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code share} of {@code file}'s bytes, as an interrupted upload leaves it. */
  Path truncated(Path file, double share) {
    byte[] whole = read(file);
    return bytes(Arrays.copyOf(whole, (int) (whole.length * share)));
  }

  Path bytes(byte[] content) {
    try {
      Path file = folder.resolve("upload-" + written++);
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
