package kr.academy.pages;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a JPEG's Exif Orientation tag by walking its marker segments up to the first scan: a phone
 * stores a portrait photo lying on its side and says so in the APP1 segment's TIFF header. Anything
 * unexpected (no Exif, a broken header) means upright, since the picture is still worth reading.
 */
public final class ExifOrientation {

  private static final int APP1 = 0xe1;
  private static final int START_OF_SCAN = 0xda;
  private static final int END_OF_IMAGE = 0xd9;
  private static final int ORIENTATION_TAG = 0x0112;
  private static final int SHORT = 3;
  private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};

  private ExifOrientation() {}

  /** The orientation the JPEG {@code file} declares. */
  public static PageOrientation of(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return of(new DataInputStream(in));
    } catch (IOException e) {
      return PageOrientation.UPRIGHT;
    }
  }

  private static PageOrientation of(DataInputStream in) throws IOException {
    if (in.readUnsignedShort() != 0xffd8) {
      return PageOrientation.UPRIGHT;
    }
    while (true) {
      int marker = nextMarker(in);
      if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
        return PageOrientation.UPRIGHT;
      }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        continue; // markers without a length
      }
      int length = in.readUnsignedShort() - 2;
      if (length < 0) {
        return PageOrientation.UPRIGHT;
      }
      if (marker == APP1 && length > EXIF.length) {
        byte[] segment = in.readNBytes(length);
        if (isExif(segment)) {
          return PageOrientation.of(
              orientationTag(
                  ByteBuffer.wrap(segment).slice(EXIF.length, segment.length - EXIF.length)));
        }
      } else {
        in.skipNBytes(length);
      }
    }
  }

  private static int nextMarker(DataInputStream in) throws IOException {
    int b = in.readUnsignedByte();
    if (b != 0xff) {
      throw new EOFException("not a marker");
    }
    while (b == 0xff) {
      b = in.readUnsignedByte();
    }
    return b;
  }

  private static boolean isExif(byte[] segment) {
    for (int i = 0; i < EXIF.length; i++) {
      if (segment[i] != EXIF[i]) {
        return false;
      }
    }
    return true;
  }

  /** The Orientation value in IFD0 of the TIFF structure {@code tiff}, or 0 when there is none. */
  static int orientationTag(ByteBuffer tiff) {
    if (tiff.remaining() < 8) {
      return 0;
    }
    int order = tiff.getShort(0);
    if (order == 0x4949) {
      tiff.order(ByteOrder.LITTLE_ENDIAN);
    } else if (order != 0x4d4d) {
      return 0;
    }
    long ifd = Integer.toUnsignedLong(tiff.getInt(4));
    if (ifd + 2 > tiff.limit()) {
      return 0;
    }
    int entries = Short.toUnsignedInt(tiff.getShort((int) ifd));
    for (int i = 0; i < entries; i++) {
      int entry = (int) ifd + 2 + 12 * i;
      if (entry + 12 > tiff.limit()) {
        return 0;
      }
      if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG
          && tiff.getShort(entry + 2) == SHORT) {
        return Short.toUnsignedInt(tiff.getShort(entry + 8));
      }
    }
    return 0;
  }
}
