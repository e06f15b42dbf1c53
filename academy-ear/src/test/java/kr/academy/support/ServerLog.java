package kr.academy.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A log of the started server, read from a mark: what a test's requests made it write. */
public final class ServerLog {

  private final Path file;
  private final long start;

  private ServerLog(Path file, long start) {
    this.file = file;
    this.start = start;
  }

  /** From messages.log's current end on. */
  public static ServerLog mark() {
    return mark(Path.of(System.getProperty("academy.server.log")));
  }

  /** From another log's current end on (the console's, {@code academy.server.console-log}). */
  public static ServerLog mark(Path file) {
    try {
      return new ServerLog(file, Files.exists(file) ? Files.size(file) : 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything written since the mark (the log rolls over only at 20 MB). */
  public String written() {
    try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
      long length = log.length();
      if (length < start) {
        return "";
      }
      byte[] bytes = new byte[(int) (length - start)];
      log.seek(start);
      log.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
