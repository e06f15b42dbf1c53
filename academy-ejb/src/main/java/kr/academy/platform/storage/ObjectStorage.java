package kr.academy.platform.storage;

import java.net.URI;

/**
 * Files in object storage: stored by workers ({@link StoredFiles}, the part a workflow needs),
 * downloaded by users through short-lived URLs.
 */
public interface ObjectStorage extends StoredFiles {

  void put(StoredFile file, byte[] content, String contentType);

  /** A short-lived GET URL that saves the file under its name. */
  URI downloadUrl(StoredFile file);
}
