package kr.academy.pages;

import static kr.academy.pages.PageRejected.Reason.UNREADABLE;
import static kr.academy.pages.PageRejected.Reason.UNSUPPORTED_FORMAT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.pages.PageFile.Format;

/**
 * The {@link PageDecoder}: tells the format by the file's first bytes ({@link PageSignature}) and
 * hands the file to the decoder of that format. Whatever a decoder lets slip (a library's runtime
 * exception on a crafted file, memory running out) becomes {@link PageRejected.Reason#UNREADABLE},
 * so a bad upload is always the uploader's error and never the server's; an exception thrown by the
 * caller's own {@code page} consumer passes through as it was.
 */
@ApplicationScoped
public class UploadedPages implements PageDecoder {

  private static final Logger LOG = Logger.getLogger(UploadedPages.class.getName());

  private List<PageFormatDecoder> decoders;

  /** For CDI's proxy. */
  protected UploadedPages() {}

  @Inject
  public UploadedPages(Instance<PageFormatDecoder> decoders) {
    this(decoders.stream().toList());
  }

  public UploadedPages(List<PageFormatDecoder> decoders) {
    this.decoders = List.copyOf(decoders);
  }

  @Override
  public PageFile inspect(Path file, PageLimits limits) {
    Format format = formatOf(file, limits);
    PageFormatDecoder decoder = decoderOf(format);
    return guarded(format, () -> decoder.inspect(file, format, limits));
  }

  @Override
  public void decode(Path file, PageLimits limits, Consumer<DecodedPage> page) {
    Format format = formatOf(file, limits);
    PageFormatDecoder decoder = decoderOf(format);
    Consumer<DecodedPage> caller =
        decoded -> {
          try {
            page.accept(decoded);
          } catch (RuntimeException e) {
            throw new CallerFailure(e);
          }
        };
    try {
      guarded(
          format,
          () -> {
            decoder.decode(file, format, limits, caller);
            return null;
          });
    } catch (CallerFailure e) {
      throw e.failure;
    }
  }

  private static Format formatOf(Path file, PageLimits limits) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new PageRejected(UNREADABLE, "the file cannot be read");
    }
    if (size == 0) {
      throw new PageRejected(UNREADABLE, "the file is empty");
    }
    limits.checkBytes(size);
    return PageSignature.of(file)
        .orElseThrow(
            () ->
                new PageRejected(
                    UNSUPPORTED_FORMAT,
                    "the file is not a JPEG, PNG, TIFF or PDF (judged by its content, not its name)"));
  }

  private PageFormatDecoder decoderOf(Format format) {
    return decoders.stream()
        .filter(decoder -> decoder.reads(format))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no page decoder reads " + format));
  }

  private static <T> T guarded(Format format, Supplier<T> work) {
    try {
      return work.get();
    } catch (PageRejected | CallerFailure e) {
      throw e;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      LOG.log(Level.INFO, "a " + format + " file could not be decoded", e);
      throw new PageRejected(
          UNREADABLE,
          e instanceof OutOfMemoryError
              ? "the " + format + " file needs more memory to decode than a page may use"
              : "the " + format + " file is damaged or not a valid " + format);
    }
  }

  /** Carries an exception of the caller's consumer past the guard. */
  private static final class CallerFailure extends RuntimeException {
    private final RuntimeException failure;

    CallerFailure(RuntimeException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }
}
