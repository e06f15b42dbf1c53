package kr.academy.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kr.academy.jobs.ProgressReporter;
import kr.academy.pages.PageDecoder;
import kr.academy.pages.PageImage;
import kr.academy.pages.PageRejected;
import kr.academy.platform.storage.StoredFiles;

/**
 * The pages of an AI job's files, fetched and decoded one file and one page at a time (a 500-page
 * job never holds more than one page), each handed to the job's work with its progress reported
 * after it. A page the files cannot give ends the job with {@link PageRejected}; what the work or
 * the progress throws (a cancelled job) passes through the decoder unchanged.
 */
@ApplicationScoped
public class JobPages {

  /** What a job does with each page. */
  @FunctionalInterface
  public interface PageWork {
    void read(AiPage page) throws IOException;
  }

  private StoredFiles files;
  private PageDecoder decoder;

  /** For CDI's proxy. */
  protected JobPages() {}

  @Inject
  public JobPages(StoredFiles files, PageDecoder decoder) {
    this.files = files;
    this.decoder = decoder;
  }

  /**
   * Hands every page of {@code input}'s files to {@code work} in order.
   *
   * @param doing what is done to a page, as the progress says it ("reading", "grading")
   */
  public void forEach(AiJobInput input, ProgressReporter progress, String doing, PageWork work)
      throws IOException {
    int total = input.pageCount();
    AtomicInteger done = new AtomicInteger();
    progress.progress(1, doing + " " + total + (total == 1 ? " page" : " pages"));
    for (AiFile file : input.files()) {
      fetch(
          file,
          input,
          (number, image) -> {
            int page = done.incrementAndGet();
            work.read(new AiPage(page, file, number, image));
            progress.progress(page * 100 / total, doing + ": page " + page + " of " + total);
          });
    }
  }

  /** The first page of the blank sheet the job compares with. */
  public PageImage blank(AiJobInput input, AiFile blank) throws IOException {
    AtomicReference<PageImage> first = new AtomicReference<>();
    fetch(
        blank,
        input,
        (number, image) -> {
          if (number == 1) {
            first.set(image);
          }
        });
    return first.get();
  }

  @FunctionalInterface
  private interface FilePage {
    void take(int number, PageImage image) throws IOException;
  }

  private void fetch(AiFile file, AiJobInput input, FilePage page) throws IOException {
    Path local = Files.createTempFile("ai-page-", ".file");
    try {
      files.get(file.file(), local);
      try {
        decoder.decode(
            local,
            input.limits(),
            decoded -> {
              try {
                page.take(decoded.number(), decoded.image());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (PageRejected e) {
        throw new PageRejected(e.reason(), "'" + file.file().fileName() + "': " + e.getMessage());
      }
    } finally {
      Files.deleteIfExists(local);
    }
  }
}
