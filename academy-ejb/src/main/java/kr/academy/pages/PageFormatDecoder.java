package kr.academy.pages;

import java.nio.file.Path;
import java.util.function.Consumer;
import kr.academy.pages.PageDecoder.DecodedPage;
import kr.academy.pages.PageFile.Format;

/**
 * Reads the files of some of the {@linkplain Format formats}, already told apart by their first
 * bytes ({@link UploadedPages}). Implementations turn every failure of a file into {@link
 * PageRejected}; whatever {@code page} throws passes through untouched.
 */
public interface PageFormatDecoder {

  /** Whether this decoder reads files of {@code format}. */
  boolean reads(Format format);

  /** {@link PageDecoder#inspect}, for a file known to be of {@code format}. */
  PageFile inspect(Path file, Format format, PageLimits limits);

  /** {@link PageDecoder#decode}, for a file known to be of {@code format}. */
  void decode(Path file, Format format, PageLimits limits, Consumer<DecodedPage> page);
}
