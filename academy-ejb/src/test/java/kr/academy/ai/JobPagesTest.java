package kr.academy.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kr.academy.pages.PageDecoder;
import kr.academy.pages.PageFile;
import kr.academy.pages.PageImage;
import kr.academy.pages.PageLimits;
import kr.academy.pages.PageRejected;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.platform.storage.StoredFiles;
import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The pages of a job's files come one at a time, numbered across the files, with progress after
 * each; what the work throws (a cancelled job) stops the walk unchanged.
 */
class JobPagesTest {

  /** Files whose content is their page count; each page is 1 × 1 pixel of its number. */
  private static final class CountingFiles implements StoredFiles, PageDecoder {
    final List<Path> fetched = new ArrayList<>();

    @Override
    public void put(StoredFile file, Path content, String contentType) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void get(StoredFile file, Path target) throws IOException {
      Files.writeString(target, file.fileName().substring(0, 1));
      fetched.add(target);
    }

    @Override
    public PageFile inspect(Path file, PageLimits limits) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void decode(Path file, PageLimits limits, Consumer<DecodedPage> page) {
      int pages;
      try {
        pages = Integer.parseInt(Files.readString(file));
      } catch (IOException | NumberFormatException e) {
        throw new PageRejected(PageRejected.Reason.UNREADABLE, "not a page count");
      }
      for (int n = 1; n <= pages; n++) {
        page.accept(new DecodedPage(n, new PageImage(1, 1, 0, new byte[] {(byte) n})));
      }
    }
  }

  private static AiFile file(String name, int pages) {
    return new AiFile(
        StoredFile.of(new TenantId(7), StorageBucket.AI, "uploads/" + name, name),
        PageFile.Format.PDF,
        pages);
  }

  private static AiJobInput input(AiFile... files) {
    return new AiJobInput(
        List.of(files),
        Optional.empty(),
        JsonValue.EMPTY_JSON_OBJECT,
        new PageLimits(1, 9, 9, 300));
  }

  @Test
  void pagesAreNumberedAcrossFilesAndProgressFollowsEach() throws IOException {
    CountingFiles files = new CountingFiles();
    List<String> seen = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    new JobPages(files, files)
        .forEach(
            input(file("2a.pdf", 2), file("1b.pdf", 1)),
            (percent, step) -> progress.add(percent),
            "reading",
            page ->
                seen.add(
                    page.number()
                        + ":"
                        + page.file().file().fileName()
                        + "#"
                        + page.pageInFile()
                        + "="
                        + page.image().at(0, 0)));
    assertEquals(List.of("1:2a.pdf#1=1", "2:2a.pdf#2=2", "3:1b.pdf#1=1"), seen);
    assertEquals(List.of(1, 33, 66, 100), progress);
    for (Path fetched : files.fetched) {
      assertEquals(false, Files.exists(fetched), "the fetched copy is deleted");
    }
  }

  @Test
  void whatTheWorkThrowsStopsTheWalkUnchanged() {
    CountingFiles files = new CountingFiles();
    IllegalStateException cancelled = new IllegalStateException("cancelled");
    List<Integer> read = new ArrayList<>();
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                new JobPages(files, files)
                    .forEach(
                        input(file("3a.pdf", 3)),
                        (percent, step) -> {
                          if (percent > 1) {
                            throw cancelled;
                          }
                        },
                        "reading",
                        page -> read.add(page.number())));
    assertSame(cancelled, thrown);
    assertEquals(List.of(1), read);
    IOException failed = new IOException("disk full");
    assertSame(
        failed,
        assertThrows(
            IOException.class,
            () ->
                new JobPages(files, files)
                    .forEach(
                        input(file("2a.pdf", 2)),
                        (percent, step) -> {},
                        "reading",
                        page -> {
                          throw failed;
                        })));
  }

  @Test
  void theBlankSheetIsTheFirstPageOfItsFile() throws IOException {
    CountingFiles files = new CountingFiles();
    AiFile blank = file("2blank.pdf", 2);
    assertEquals(1, new JobPages(files, files).blank(input(blank), blank).at(0, 0));
  }
}
