package kr.academy.platform.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** Files in object storage: stored by workers, downloaded by users through short-lived URLs. */
public interface ObjectStorage {

  void put(StoredFile file, Path content, String contentType);

  void put(StoredFile file, byte[] content, String contentType);

  /** Downloads the file to {@code target}, replacing what is there. */
  void get(StoredFile file, Path target) throws IOException;

  /** A short-lived GET URL that saves the file under its name. */
  URI downloadUrl(StoredFile file);
}
