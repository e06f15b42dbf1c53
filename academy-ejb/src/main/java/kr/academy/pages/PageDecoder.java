package kr.academy.pages;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Turns an uploaded JPEG, PNG, TIFF or PDF into gray pages. The API {@linkplain #inspect inspects}
 * a file as it arrives, so what can be refused is refused with the upload; the worker {@linkplain
 * #decode decodes} its pages one at a time, so a 200-page PDF never sits in memory whole.
 */
public interface PageDecoder {

  /**
   * The file's format and page count, checked against {@code limits} from its headers alone: the
   * format by its first bytes (not its name), the pages' pixel sizes, a PDF's encryption.
   *
   * @throws PageRejected when the file cannot give pages within the limits
   */
  PageFile inspect(Path file, PageLimits limits);

  /**
   * Hands each page to {@code page} in order (numbered from 1), turned upright where the file says
   * how (a phone photo's orientation).
   *
   * @throws PageRejected when the file or a page cannot be read within the limits; pages before it
   *     have been handed over
   */
  void decode(Path file, PageLimits limits, Consumer<DecodedPage> page);

  /** One page of a file. */
  record DecodedPage(int number, PageImage image) {}
}
