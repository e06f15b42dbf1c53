package kr.academy.pages;

import static kr.academy.pages.PageRejected.Reason.TOO_LARGE;
import static kr.academy.pages.PageRejected.Reason.UNREADABLE;
import static kr.academy.pages.PageRejected.Reason.UNSUPPORTED_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.academy.pages.PageDecoder.DecodedPage;
import kr.academy.pages.PageFile.Format;
import kr.academy.pages.imageio.ImageIoPages;
import kr.academy.pages.pdfbox.PdfBoxPages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedPagesTest {

  private static final PageLimits LIMITS = new PageLimits(50_000_000, 10, 40_000_000, 100);

  private final PageDecoder pages =
      new UploadedPages(List.of(new ImageIoPages(), new PdfBoxPages()));

  @TempDir Path folder;

  private SampleFiles files() {
    return new SampleFiles(folder);
  }

  private List<PageImage> decode(Path file, PageLimits limits) {
    List<PageImage> decoded = new ArrayList<>();
    pages.decode(
        file,
        limits,
        page -> {
          assertEquals(decoded.size() + 1, page.number());
          decoded.add(page.image());
        });
    return decoded;
  }

  private PageRejected refusal(Path file, PageLimits limits) {
    PageRejected inspected = assertThrows(PageRejected.class, () -> pages.inspect(file, limits));
    PageRejected decoded = assertThrows(PageRejected.class, () -> decode(file, limits));
    assertEquals(inspected.reason(), decoded.reason());
    return decoded;
  }

  @Test
  void theFormatComesFromTheContentNotTheName() {
    SampleFiles files = files();
    BufferedImage page = SampleFiles.cornerMarked(80, 60);
    assertEquals(new PageFile(Format.JPEG, 1), pages.inspect(files.image("jpeg", page), LIMITS));
    assertEquals(new PageFile(Format.PNG, 1), pages.inspect(files.image("png", page), LIMITS));
    assertEquals(
        new PageFile(Format.TIFF, 3), pages.inspect(files.tiff(List.of(page, page, page)), LIMITS));
    Path pdf = files.pdf(2, PDRectangle.A4);
    assertEquals(new PageFile(Format.PDF, 2), pages.inspect(pdf, LIMITS));
    // a mail gateway's few bytes before the header: viewers still open it
    byte[] prefixed =
        ("X-Junk: 1\n" + new String(SampleFiles.read(pdf), StandardCharsets.ISO_8859_1))
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(new PageFile(Format.PDF, 2), pages.inspect(files.bytes(prefixed), LIMITS));

    PageRejected gif = refusal(files.image("gif", page), LIMITS);
    assertEquals(UNSUPPORTED_FORMAT, gif.reason());
    assertTrue(gif.getMessage().contains("not a JPEG, PNG, TIFF or PDF"), gif.getMessage());
    assertEquals(UNSUPPORTED_FORMAT, refusal(files.bytes("이름,전화\n".getBytes()), LIMITS).reason());
    assertEquals(UNREADABLE, refusal(files.bytes(new byte[0]), LIMITS).reason());
  }

  @Test
  void colourPagesTurnGrayByLuma() {
    BufferedImage page =
        SampleFiles.picture(
            30,
            10,
            BufferedImage.TYPE_INT_RGB,
            g -> {
              g.setColor(new Color(128, 128, 128));
              g.fillRect(0, 0, 10, 10);
              g.setColor(Color.RED);
              g.fillRect(10, 0, 10, 10);
            });
    PageImage gray = decode(files().image("png", page), LIMITS).get(0);
    assertEquals(128, gray.at(5, 5));
    assertEquals(76, gray.at(15, 5)); // 0.299 × 255
    assertEquals(255, gray.at(25, 5));
  }

  @Test
  void transparencyLiesOnWhitePaper() {
    BufferedImage page =
        SampleFiles.picture(
            20,
            10,
            BufferedImage.TYPE_INT_ARGB,
            g -> {
              g.setColor(new Color(0, 0, 0, 128));
              g.fillRect(10, 0, 10, 10);
            });
    PageImage gray = decode(files().image("png", page), LIMITS).get(0);
    assertEquals(255, gray.at(5, 5)); // fully transparent
    assertEquals(127, gray.at(15, 5), 1); // half-transparent black
  }

  @Test
  void sixteenBitAndPalettePagesKeepTheirGrays() {
    BufferedImage deep = new BufferedImage(4, 4, BufferedImage.TYPE_USHORT_GRAY);
    deep.getRaster().setSample(1, 1, 0, 0x8080);
    deep.getRaster().setSample(2, 2, 0, 0xffff);
    PageImage gray = decode(files().image("png", deep), LIMITS).get(0);
    assertEquals(0, gray.at(0, 0));
    assertEquals(0x80, gray.at(1, 1));
    assertEquals(255, gray.at(2, 2));

    BufferedImage palette =
        SampleFiles.picture(
            20,
            10,
            BufferedImage.TYPE_BYTE_INDEXED,
            g -> {
              g.setColor(Color.BLACK);
              g.fillRect(10, 0, 10, 10);
            });
    PageImage fromPalette = decode(files().image("png", palette), LIMITS).get(0);
    assertEquals(255, fromPalette.at(5, 5));
    assertEquals(0, fromPalette.at(15, 5));
  }

  @Test
  void everyPageOfATiffIsHandedOverInOrder() {
    List<BufferedImage> sheets = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      int shade = 60 * i;
      sheets.add(
          SampleFiles.picture(
              50 + i,
              40,
              BufferedImage.TYPE_BYTE_GRAY,
              g -> {
                g.setColor(new Color(shade, shade, shade));
                g.fillRect(0, 0, 10, 10);
              }));
    }
    List<PageImage> decoded = decode(files().tiff(sheets), LIMITS);
    assertEquals(3, decoded.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(51 + i, decoded.get(i).width());
      assertEquals(60 * (i + 1), decoded.get(i).at(5, 5));
    }
  }

  @Test
  void pdfPagesAreRenderedAtTheConfiguredResolution() {
    List<PageImage> decoded = decode(files().pdf(2, PDRectangle.A4), LIMITS);
    assertEquals(2, decoded.size());
    PageImage first = decoded.get(0);
    // 595 × 842 points at 100 dpi
    assertEquals(826, first.width());
    assertEquals(1169, first.height());
    assertEquals(100, first.dpi());
    assertEquals(0, first.at(400, 75)); // inside the bar, 0.5–1 inch from the top
    assertEquals(255, first.at(400, 600));
  }

  @Test
  void aPhonePhotoIsTurnedUprightFromItsExifOrientation() {
    // stored lying on its left side (Orientation 6): the marked corner is the page's top right
    PageImage upright = photo(6, ByteOrder.BIG_ENDIAN);
    assertEquals(40, upright.width());
    assertEquals(80, upright.height());
    assertTrue(upright.at(35, 5) < 40, "marked corner at the top right");
    assertTrue(upright.at(5, 5) > 215, "nothing at the top left");

    PageImage asStored = photo(1, ByteOrder.BIG_ENDIAN);
    assertEquals(80, asStored.width());
    assertTrue(asStored.at(5, 5) < 40);

    // Orientation 8 written by an Intel-order camera: the marked corner is the page's bottom left
    PageImage turnedLeft = photo(8, ByteOrder.LITTLE_ENDIAN);
    assertEquals(40, turnedLeft.width());
    assertTrue(turnedLeft.at(5, 75) < 40, "marked corner at the bottom left");
    assertTrue(turnedLeft.at(35, 5) > 215, "nothing at the top right");
  }

  /** An 80 × 40 phone photo marked at its stored top left, with an Exif orientation. */
  private PageImage photo(int orientation, ByteOrder order) {
    Path jpeg = files().jpegWithOrientation(SampleFiles.cornerMarked(80, 40), orientation, order);
    return decode(jpeg, LIMITS).get(0);
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeaderAlone() {
    SampleFiles files = files();
    Path png = files.grayPngBomb(20_000, 20_000);
    assertTrue(png.toFile().length() < 1_000_000, "a few hundred kilobytes on disk");
    Path jpeg = files.jpegClaiming(20_000, 20_000);
    for (Path bomb : List.of(png, jpeg)) {
      long before = allocatedBytes();
      PageRejected refused = assertThrows(PageRejected.class, () -> pages.inspect(bomb, LIMITS));
      long allocated = allocatedBytes() - before;
      assertEquals(TOO_LARGE, refused.reason());
      assertEquals(
          "page 1 is 20000 × 20000 pixels; at most 40000000 pixels a page are accepted",
          refused.getMessage());
      assertTrue(allocated < 16_000_000, "allocated " + allocated + " bytes to inspect a bomb");

      List<DecodedPage> handed = new ArrayList<>();
      assertEquals(
          TOO_LARGE,
          assertThrows(PageRejected.class, () -> pages.decode(bomb, LIMITS, handed::add)).reason());
      assertEquals(List.of(), handed);
    }
  }

  @Test
  void limitsOnBytesPagesAndRenderedPixelsAreNamed() {
    SampleFiles files = files();
    PageLimits twoPages = new PageLimits(50_000_000, 2, 40_000_000, 100);
    BufferedImage page = SampleFiles.cornerMarked(20, 20);
    PageRejected tiff = refusal(files.tiff(List.of(page, page, page)), twoPages);
    assertEquals(TOO_LARGE, tiff.reason());
    assertEquals("the file has 3 pages; at most 2 are accepted", tiff.getMessage());
    assertEquals(TOO_LARGE, refusal(files.pdf(3, PDRectangle.A5), twoPages).reason());

    PageRejected poster = refusal(files.pdf(1, new PDRectangle(200 * 72, 200 * 72)), LIMITS);
    assertEquals(TOO_LARGE, poster.reason());
    assertEquals(
        "page 1 is 20000 × 20000 pixels; at most 40000000 pixels a page are accepted",
        poster.getMessage());

    Path png = files.image("png", page);
    PageRejected bytes = refusal(png, new PageLimits(10, 10, 40_000_000, 100));
    assertEquals(TOO_LARGE, bytes.reason());
    assertTrue(bytes.getMessage().endsWith("bytes; at most 10 are accepted"), bytes.getMessage());
  }

  @Test
  void damagedFilesAreUnreadableNeverAnException() {
    SampleFiles files = files();
    BufferedImage page = SampleFiles.cornerMarked(300, 200);
    List<Path> damaged =
        List.of(
            files.truncated(files.image("jpeg", page), 0.6),
            files.truncated(files.image("png", page), 0.6),
            files.truncated(files.tiff(List.of(page, page)), 0.6),
            files.truncated(files.pdf(1, PDRectangle.A4), 0.5),
            files.truncated(files.image("png", page), 0.02));
    for (Path file : damaged) {
      PageRejected refused = assertThrows(PageRejected.class, () -> decode(file, LIMITS));
      assertEquals(UNREADABLE, refused.reason(), refused.getMessage());
    }

    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, noise, 0, 8);
    assertEquals(UNREADABLE, refusal(files.bytes(noise), LIMITS).reason());
  }

  @Test
  void aPdfWithoutPagesOrWithAPasswordIsRefused() throws IOException {
    SampleFiles files = files();
    try (PDDocument empty = new PDDocument()) {
      PageRejected refused = refusal(files.pdf(empty), LIMITS);
      assertEquals(UNREADABLE, refused.reason());
      assertEquals("the PDF has no pages", refused.getMessage());
    }
    try (PDDocument locked = new PDDocument()) {
      locked.addPage(new org.apache.pdfbox.pdmodel.PDPage(PDRectangle.A5));
      locked.protect(new StandardProtectionPolicy("owner", "학생", new AccessPermission()));
      PageRejected refused = refusal(files.pdf(locked), LIMITS);
      assertEquals(UNREADABLE, refused.reason());
      assertTrue(refused.getMessage().contains("password-protected"), refused.getMessage());
    }
    try (PDDocument ownerOnly = new PDDocument()) {
      ownerOnly.addPage(new org.apache.pdfbox.pdmodel.PDPage(PDRectangle.A5));
      ownerOnly.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      assertEquals(1, decode(files.pdf(ownerOnly), LIMITS).size());
    }
  }

  @Test
  void aCmykJpegIsReadLikeItPrints() throws IOException {
    // Adobe's convention, which Image I/O follows: 255 is no ink
    java.awt.image.WritableRaster cmyk =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, 64, 32, 4, null);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        for (int band = 0; band < 4; band++) {
          cmyk.setSample(x, y, band, x < 32 || band < 3 ? 255 : 0);
        }
      }
    }
    javax.imageio.ImageWriter writer =
        javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (javax.imageio.stream.ImageOutputStream stream =
        javax.imageio.ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(new javax.imageio.IIOImage(cmyk, null, null));
    } finally {
      writer.dispose();
    }
    PageImage gray = decode(files().bytes(out.toByteArray()), LIMITS).get(0);
    assertTrue(gray.at(10, 16) > 200, "no ink is paper: " + gray.at(10, 16));
    assertTrue(gray.at(50, 16) < 60, "full black ink is dark: " + gray.at(50, 16));
  }

  @Test
  void theCallersOwnFailurePassesThroughUntouched() {
    IllegalStateException stop = new IllegalStateException("job cancelled");
    Path pdf = files().pdf(2, PDRectangle.A5);
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                pages.decode(
                    pdf,
                    LIMITS,
                    page -> {
                      throw stop;
                    }));
    assertSame(stop, thrown);
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
