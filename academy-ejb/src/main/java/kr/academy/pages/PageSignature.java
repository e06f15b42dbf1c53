package kr.academy.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import kr.academy.pages.PageFile.Format;

/**
 * Tells a file's format from its first bytes, never from its name or declared type: an upload named
 * {@code scan.pdf} that is really a PNG is read as a PNG, and one that is none of the four is
 * refused whatever it claims.
 */
public final class PageSignature {

  /** Readers accept a PDF header anywhere in its first kilobyte (ISO 32000-2, Annex H). */
  static final int PDF_HEADER_WINDOW = 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
  private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

  private PageSignature() {}

  /** The format of {@code file}, or empty when it is none the pages are read from. */
  public static Optional<Format> of(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PDF_HEADER_WINDOW);
    } catch (IOException e) {
      throw new PageRejected(PageRejected.Reason.UNREADABLE, "the file cannot be read");
    }
    return of(head);
  }

  /** The format whose signature {@code head}, a file's first bytes, carries. */
  static Optional<Format> of(byte[] head) {
    if (startsWith(head, JPEG)) {
      return Optional.of(Format.JPEG);
    }
    if (startsWith(head, PNG)) {
      return Optional.of(Format.PNG);
    }
    if (startsWith(head, TIFF_LITTLE_ENDIAN) || startsWith(head, TIFF_BIG_ENDIAN)) {
      return Optional.of(Format.TIFF);
    }
    for (int at = 0; at + PDF.length <= Math.min(head.length, PDF_HEADER_WINDOW); at++) {
      if (Arrays.equals(head, at, at + PDF.length, PDF, 0, PDF.length)) {
        return Optional.of(Format.PDF);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, byte[] signature) {
    return head.length >= signature.length
        && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
  }
}
