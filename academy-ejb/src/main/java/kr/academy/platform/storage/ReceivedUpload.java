package kr.academy.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kr.academy.common.DomainException;

/**
 * An uploaded file copied to a temporary file as it streams in, never held in memory, with its
 * SHA-256 (the name it is stored under, so the same file is stored once and a repeated request is
 * recognised). Refused with 413 the moment it passes its limit. Closing it deletes the copy.
 */
public final class ReceivedUpload implements AutoCloseable {

  public static final int FILE_NAME_MAX = 200;

  private final Path path;
  private final String sha256;
  private final long size;

  private ReceivedUpload(Path path, String sha256, long size) {
    this.path = path;
    this.sha256 = sha256;
    this.size = size;
  }

  /**
   * Copies {@code content} to a temporary file.
   *
   * @param maxBytes the most it may hold
   * @param tooLarge what the refusal says past that, e.g. "the file is larger than … bytes"
   */
  public static ReceivedUpload receive(InputStream content, long maxBytes, String tooLarge)
      throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path target = Files.createTempFile("academy-upload-", ".part");
    try {
      long total = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = content.read(buffer)) >= 0; ) {
          total += n;
          if (total > maxBytes) {
            throw new DomainException(
                DomainException.Kind.TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge);
          }
          out.write(buffer, 0, n);
        }
      }
      return new ReceivedUpload(target, HexFormat.of().formatHex(digest.digest()), total);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
  }

  /**
   * The name a file is shown and downloaded under: the user's own without any path, its last
   * {@value #FILE_NAME_MAX} characters; {@code fallback} when it has none.
   */
  public static String shownName(String fileName, String fallback) {
    String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").strip();
    if (name.isEmpty()) {
      return fallback;
    }
    return name.length() <= FILE_NAME_MAX ? name : name.substring(name.length() - FILE_NAME_MAX);
  }

  public Path path() {
    return path;
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(path);
  }
}
