package kr.academy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.academy.platform.storage.StoredFile;
import kr.academy.platform.storage.StoredFiles;

/** Object storage in memory: each file's bytes and content type, by bucket and key. */
public final class InMemoryStorage implements StoredFiles {

  /** A stored file's content. */
  public record Stored(byte[] bytes, String contentType) {
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private final Map<StoredFile, Stored> files = new LinkedHashMap<>();

  /** Stores a file as an upload would have. */
  public void keep(StoredFile file, String text, String contentType) {
    files.put(file, new Stored(text.getBytes(StandardCharsets.UTF_8), contentType));
  }

  public Optional<Stored> find(StoredFile file) {
    return Optional.ofNullable(files.get(file));
  }

  public Set<StoredFile> files() {
    return Set.copyOf(files.keySet());
  }

  @Override
  public void put(StoredFile file, Path content, String contentType) {
    try {
      files.put(file, new Stored(Files.readAllBytes(content), contentType));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void get(StoredFile file, Path target) throws IOException {
    Stored stored = files.get(file);
    if (stored == null) {
      throw new NoSuchFileException(file.key());
    }
    Files.write(target, stored.bytes());
  }
}
