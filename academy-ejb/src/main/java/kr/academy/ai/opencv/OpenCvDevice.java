package kr.academy.ai.opencv;

import jakarta.enterprise.context.ApplicationScoped;
import kr.academy.ai.AiDevice;
import org.bytedeco.opencv.global.opencv_core;

/**
 * Asks OpenCV for CUDA devices once. The OpenCV build the project ships (bytedeco's linux-x86_64)
 * has no CUDA, and Tesseract has no GPU path at all, so today this says {@code cpu}; a CUDA build
 * of OpenCV on a GPU instance would report its device here.
 */
@ApplicationScoped
public class OpenCvDevice implements AiDevice {

  private volatile String description;

  @Override
  public String describe() {
    String known = description;
    if (known == null) {
      known = probe();
      description = known;
    }
    return known;
  }

  private static String probe() {
    int devices;
    try {
      devices = opencv_core.getCudaEnabledDeviceCount();
    } catch (RuntimeException | LinkageError e) {
      return "cpu (OpenCV could not be asked for CUDA devices: " + e.getMessage() + ")";
    }
    return devices > 0 ? "cuda (" + devices + " devices)" : "cpu";
  }
}
