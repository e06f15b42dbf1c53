package kr.academy.platform.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where academies' files are kept, as a workflow stores and fetches them. */
public interface StoredFiles {

  /** What a workflow writes into a file it stores. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  void put(StoredFile file, Path content, String contentType);

  /** Downloads the file to {@code target}, replacing what is there. */
  void get(StoredFile file, Path target) throws IOException;

  /**
   * Stores what {@code content} writes, through a temporary file rather than memory: a workbook of
   * an academy's whole roster is too large to hold.
   */
  default void write(StoredFile file, String contentType, Content content) throws IOException {
    Path temp = Files.createTempFile("academy-file-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      put(file, temp, contentType);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
