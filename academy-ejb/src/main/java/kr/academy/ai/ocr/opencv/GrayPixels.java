package kr.academy.ai.ocr.opencv;

import java.nio.ByteBuffer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * An 8-bit gray picture in native memory (an OpenCV matrix), as the recogniser takes it: read its
 * {@link #pixels() pixels} in place, and close it when done.
 */
public final class GrayPixels implements AutoCloseable {

  private final Mat mat;

  GrayPixels(Mat mat) {
    this.mat = mat;
  }

  public int width() {
    return mat.cols();
  }

  public int height() {
    return mat.rows();
  }

  public int bytesPerLine() {
    return (int) mat.step();
  }

  /** The rows, {@link #bytesPerLine()} apart, in place (valid until {@link #close()}). */
  public ByteBuffer pixels() {
    return mat.data().capacity((long) bytesPerLine() * height()).asByteBuffer();
  }

  /** A copy of the rows without padding, {@code width × height} bytes. */
  public byte[] copy() {
    byte[] copy = new byte[width() * height()];
    ByteBuffer pixels = pixels();
    for (int y = 0; y < height(); y++) {
      pixels.position(y * bytesPerLine());
      pixels.get(copy, y * width(), width());
    }
    return copy;
  }

  Mat mat() {
    return mat;
  }

  @Override
  public void close() {
    mat.close();
  }
}
