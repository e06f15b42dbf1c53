package kr.academy.ai.ocr.tess4j;

import java.util.Optional;
import kr.academy.ai.ocr.OcrSettings;

/**
 * One place in the engine pool: a Tesseract with the first configured language alone, one with the
 * others and one with all of them (the benchmark's reading as the command does it), each loaded on
 * first use and kept. Used by one caller at a time.
 */
final class EngineSlot implements AutoCloseable {

  private final OcrSettings settings;
  private volatile TesseractInstance first;
  private volatile TesseractInstance others;
  private volatile TesseractInstance all;

  EngineSlot(OcrSettings settings) {
    this.settings = settings;
  }

  /** The engine with the first language alone ({@code kor}). */
  TesseractInstance first() {
    if (first == null) {
      first = start(settings.firstLanguage());
    }
    return first;
  }

  /** The engine with the other languages ({@code eng}), if there are any. */
  Optional<TesseractInstance> others() {
    Optional<String> languages = settings.otherLanguages();
    if (languages.isEmpty()) {
      return Optional.empty();
    }
    if (others == null) {
      others = start(languages.get());
    }
    return Optional.of(others);
  }

  /** The engine with every language at once ({@code kor+eng}). */
  TesseractInstance all() {
    if (all == null) {
      all = start(settings.languages());
    }
    return all;
  }

  boolean loaded() {
    return first != null || all != null;
  }

  private TesseractInstance start(String languages) {
    return TesseractInstance.start(TesseractLibrary.api(), settings.tessdata(), languages);
  }

  /** Frees the engines; the slot loads them again when next used. */
  @Override
  public void close() {
    for (TesseractInstance engine : new TesseractInstance[] {first, others, all}) {
      if (engine != null) {
        engine.close();
      }
    }
    first = null;
    others = null;
    all = null;
  }
}
