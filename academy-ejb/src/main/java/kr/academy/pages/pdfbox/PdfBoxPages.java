package kr.academy.pages.pdfbox;

import static kr.academy.pages.PageRejected.Reason.UNREADABLE;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.pages.GrayPages;
import kr.academy.pages.PageDecoder.DecodedPage;
import kr.academy.pages.PageFile;
import kr.academy.pages.PageFile.Format;
import kr.academy.pages.PageFormatDecoder;
import kr.academy.pages.PageLimits;
import kr.academy.pages.PageRejected;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDF through PDFBox: pages rendered one at a time in gray at the limits' {@code renderDpi}. The
 * file is read through a buffered window and PDFBox's scratch streams go to temporary files, so a
 * large PDF costs disk rather than heap; images inside a page are subsampled to the resolution they
 * are drawn at. A page's pixel size is known from its crop box before it is drawn.
 */
@ApplicationScoped
public class PdfBoxPages implements PageFormatDecoder {

  private static final Logger LOG = Logger.getLogger(PdfBoxPages.class.getName());

  private static final float POINTS_PER_INCH = 72f;

  @Override
  public boolean reads(Format format) {
    return format == Format.PDF;
  }

  @Override
  public PageFile inspect(Path file, Format format, PageLimits limits) {
    try (PDDocument document = open(file)) {
      return new PageFile(Format.PDF, checkedPageCount(document, limits));
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  @Override
  public void decode(Path file, Format format, PageLimits limits, Consumer<DecodedPage> page) {
    try (PDDocument document = open(file)) {
      int pages = checkedPageCount(document, limits);
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(true);
      for (int index = 0; index < pages; index++) {
        BufferedImage picture =
            renderer.renderImageWithDPI(index, limits.renderDpi(), ImageType.GRAY);
        page.accept(new DecodedPage(index + 1, GrayPages.of(picture, limits.renderDpi())));
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static PDDocument open(Path file) throws IOException {
    RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file);
    try {
      // the empty password opens what is encrypted for its owner only, as every viewer does
      return Loader.loadPDF(source, "", IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      source.close();
      throw new PageRejected(
          UNREADABLE, "the PDF is password-protected: save or print it without a password");
    } catch (IOException | RuntimeException | Error e) {
      source.close();
      throw e;
    }
  }

  private static int checkedPageCount(PDDocument document, PageLimits limits) {
    int pages = document.getNumberOfPages();
    if (pages == 0) {
      throw new PageRejected(UNREADABLE, "the PDF has no pages");
    }
    limits.checkPages(pages);
    for (int index = 0; index < pages; index++) {
      PDPage page = document.getPage(index);
      long width = pixels(page.getCropBox().getWidth(), limits.renderDpi());
      long height = pixels(page.getCropBox().getHeight(), limits.renderDpi());
      boolean sideways = page.getRotation() % 180 != 0;
      limits.checkPixels(index + 1, sideways ? height : width, sideways ? width : height);
    }
    return pages;
  }

  /** As {@link PDFRenderer} sizes its image: whole pixels, at least one. */
  private static long pixels(float points, int dpi) {
    return (long) Math.max(Math.floor(points * dpi / POINTS_PER_INCH), 1);
  }

  /**
   * The library's own words stay in the log: they may name a temporary file of the server, and mean
   * nothing to the academy.
   */
  private static PageRejected unreadable(IOException e) {
    LOG.log(Level.FINE, "a PDF could not be read", e);
    return new PageRejected(UNREADABLE, "the PDF is damaged or cut short");
  }
}
