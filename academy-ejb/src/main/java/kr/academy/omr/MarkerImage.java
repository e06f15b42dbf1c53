package kr.academy.omr;

import java.util.Arrays;
import java.util.Base64;
import kr.academy.common.DomainException;

/**
 * The marker CropOnMarkers looks for in each corner of a scanned sheet (OMRChecker's {@code
 * omr_marker.jpg}): a JPEG or PNG sent with the template as base64.
 */
public record MarkerImage(byte[] bytes, String contentType) {

  /** A marker is a small image; OMRChecker's own sample marker is a few kilobytes. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  public MarkerImage {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Decodes {@code base64}: standard alphabet, padding as usual, no line breaks. */
  public static MarkerImage decode(String base64, String field) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, field + " must be the image's bytes in base64");
    }
    if (bytes.length == 0) {
      throw DomainException.invalid(field, field + " is empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw DomainException.invalid(
          field,
          field + " has " + bytes.length + " bytes; a marker image may have at most " + MAX_BYTES);
    }
    if (startsWith(bytes, PNG)) {
      return new MarkerImage(bytes, "image/png");
    }
    if (startsWith(bytes, JPEG)) {
      return new MarkerImage(bytes, "image/jpeg");
    }
    throw DomainException.invalid(field, field + " must be a JPEG or PNG image");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }
}
