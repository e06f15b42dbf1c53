package kr.academy.ai.ocr.tess4j;

import java.util.Optional;
import kr.academy.ai.ocr.OcrSettings;
import net.sourceforge.tess4j.TessAPI;

/**
 * One place in the engine pool: a Tesseract with every configured language and, where there are
 * several, one with the first language alone, each loaded on first use and kept. Used by one caller
 * at a time.
 */
final class EngineSlot implements AutoCloseable {

  private final OcrSettings settings;
  private volatile TesseractInstance all;
  private volatile TesseractInstance primary;

  EngineSlot(OcrSettings settings) {
    this.settings = settings;
  }

  /** The engine with every language ({@code kor+eng}). */
  TesseractInstance all() {
    if (all == null) {
      all = TesseractInstance.start(api(), settings.tessdata(), settings.languages());
    }
    return all;
  }

  /** The engine with the first language alone ({@code kor}), if there are several. */
  Optional<TesseractInstance> primary() {
    if (settings.primaryLanguage().equals(settings.languages())) {
      return Optional.empty();
    }
    if (primary == null) {
      primary = TesseractInstance.start(api(), settings.tessdata(), settings.primaryLanguage());
    }
    return Optional.of(primary);
  }

  boolean loaded() {
    return all != null;
  }

  private static TessAPI api() {
    return TesseractLibrary.api();
  }

  /** Frees the engines; the slot loads them again when next used. */
  @Override
  public void close() {
    if (all != null) {
      all.close();
      all = null;
    }
    if (primary != null) {
      primary.close();
      primary = null;
    }
  }
}
