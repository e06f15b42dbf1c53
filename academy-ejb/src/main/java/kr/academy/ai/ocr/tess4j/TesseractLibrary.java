package kr.academy.ai.ocr.tess4j;

import com.sun.jna.Library;
import com.sun.jna.Native;
import kr.academy.ai.ocr.OcrUnavailable;
import net.sourceforge.tess4j.TessAPI;

/**
 * Debian's {@code libtesseract.so.5}, loaded once through Tess4J's JNA interface (docs/ocr.md,
 * Installation).
 *
 * <p>Tess4J asks JNA for {@code tesseract}; Debian's runtime package ships only the versioned
 * {@code libtesseract.so.5} (the unversioned link is in {@code libtesseract-dev}), and JNA finds it
 * all the same: when {@code libtesseract.so} does not load, it looks for {@code libtesseract.so.*}
 * in the folders {@code ldconfig} knows. No {@code jna.library.path} is needed. Tess4J's direct
 * mapping ({@code TessAPI1}) cannot be used: it binds every function of Tesseract 5.4 when loaded,
 * and 5.3 lacks some ({@code TessBaseAPIGetGradient}); the interface mapping binds each function on
 * its first call.
 *
 * <p>Debian builds Tesseract with OpenMP, and its LSTM runs up to four threads per page. Several
 * pages at once on a few cores then fight over them and every page gets slower, so unless {@code
 * OMP_THREAD_LIMIT} is set for the process, it is set to 1 before the library (and with it libgomp,
 * which reads it once) is loaded: one thread per page, the pool gives the parallelism.
 */
final class TesseractLibrary {

  private static TessAPI api;

  private TesseractLibrary() {}

  static synchronized TessAPI api() {
    if (api == null) {
      limitOpenMp();
      try {
        api = TessAPI.INSTANCE;
      } catch (LinkageError e) {
        throw new OcrUnavailable(
            "libtesseract.so.5 does not load (is Debian's libtesseract5 installed?): " + e, e);
      }
    }
    return api;
  }

  private static void limitOpenMp() {
    if (System.getenv("OMP_THREAD_LIMIT") != null) {
      return;
    }
    try {
      Native.load("c", C.class).setenv("OMP_THREAD_LIMIT", "1", 0);
    } catch (LinkageError e) {
      // Not glibc: Tesseract then runs as many OpenMP threads as it likes, which is slower, not
      // wrong.
    }
  }

  /** The C library's {@code setenv}, which the JVM does not offer. */
  interface C extends Library {
    int setenv(String name, String value, int overwrite);
  }
}
