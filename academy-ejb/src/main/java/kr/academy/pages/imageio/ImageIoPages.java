package kr.academy.pages.imageio;

import static kr.academy.pages.PageRejected.Reason.UNREADABLE;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import kr.academy.pages.ExifOrientation;
import kr.academy.pages.GrayPages;
import kr.academy.pages.PageDecoder.DecodedPage;
import kr.academy.pages.PageFile;
import kr.academy.pages.PageFile.Format;
import kr.academy.pages.PageFormatDecoder;
import kr.academy.pages.PageImage;
import kr.academy.pages.PageLimits;
import kr.academy.pages.PageOrientation;
import kr.academy.pages.PageRejected;

/**
 * JPEG, PNG and TIFF (every page of a multi-page TIFF) through the JDK's Image I/O readers. Sizes
 * come from {@link ImageReader#getWidth}/{@link ImageReader#getHeight}, which read headers only, so
 * every page is checked against the limits before any pixel is decoded.
 */
@ApplicationScoped
public class ImageIoPages implements PageFormatDecoder {

  private static final Logger LOG = Logger.getLogger(ImageIoPages.class.getName());

  @Override
  public boolean reads(Format format) {
    return format == Format.JPEG || format == Format.PNG || format == Format.TIFF;
  }

  @Override
  public PageFile inspect(Path file, Format format, PageLimits limits) {
    try (Opened opened = Opened.of(file, format)) {
      return new PageFile(format, checkedPageCount(opened.reader, format, limits));
    } catch (IOException e) {
      throw unreadable(format, e);
    }
  }

  @Override
  public void decode(Path file, Format format, PageLimits limits, Consumer<DecodedPage> page) {
    try (Opened opened = Opened.of(file, format)) {
      int pages = checkedPageCount(opened.reader, format, limits);
      for (int index = 0; index < pages; index++) {
        page.accept(new DecodedPage(index + 1, read(opened.reader, index, file, format)));
      }
    } catch (IOException e) {
      throw unreadable(format, e);
    }
  }

  /**
   * The number of pages, each checked against the limits. A TIFF's pages are counted by asking for
   * their sizes one by one, stopping one past the limit, rather than by {@code getNumImages(true)},
   * which would walk every directory of a file that claims millions.
   */
  private static int checkedPageCount(ImageReader reader, Format format, PageLimits limits)
      throws IOException {
    int pages = 0;
    while (format == Format.TIFF || pages == 0) {
      int width;
      try {
        width = reader.getWidth(pages);
      } catch (IndexOutOfBoundsException end) {
        break;
      }
      limits.checkPages(pages + 1);
      limits.checkPixels(pages + 1, width, reader.getHeight(pages));
      pages++;
    }
    if (pages == 0) {
      throw new PageRejected(UNREADABLE, "the " + format + " file holds no image");
    }
    return pages;
  }

  private static PageImage read(ImageReader reader, int index, Path file, Format format)
      throws IOException {
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    BufferedImage picture = reader.read(index);
    reader.removeAllIIOReadWarningListeners();
    // libjpeg fills what a cut-short file lacks with gray and only warns: a page with its lower
    // part missing would be read as blank there
    if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
      throw new PageRejected(
          UNREADABLE,
          "the " + format + " file is cut short: page " + (index + 1) + " is incomplete");
    }
    ImageMetadata metadata = ImageMetadata.of(reader, index);
    PageImage gray = GrayPages.of(picture, metadata.dpi());
    PageOrientation orientation =
        format == Format.JPEG ? ExifOrientation.of(file) : metadata.orientation();
    return orientation.apply(gray);
  }

  /**
   * The library's own words stay in the log: they may name a temporary file of the server, and mean
   * nothing to the academy.
   */
  private static PageRejected unreadable(Format format, IOException e) {
    LOG.log(Level.FINE, "a " + format + " file could not be read", e);
    return new PageRejected(UNREADABLE, "the " + format + " file is damaged or cut short");
  }

  /** A reader on an open file, closed together. */
  private record Opened(ImageInputStream input, ImageReader reader) implements AutoCloseable {

    static Opened of(Path file, Format format) throws IOException {
      Iterator<ImageReader> readers =
          ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
      if (!readers.hasNext()) {
        throw new IllegalStateException("the JDK has no Image I/O reader for " + format);
      }
      ImageInputStream input = new FileImageInputStream(file.toFile());
      ImageReader reader = readers.next();
      reader.setInput(input, false, false);
      return new Opened(input, reader);
    }

    @Override
    public void close() throws IOException {
      reader.dispose();
      input.close();
    }
  }
}
