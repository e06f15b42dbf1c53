package kr.academy.ai.ocr.tess4j;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import kr.academy.ai.ocr.OcrEngine;
import kr.academy.ai.ocr.OcrMode;
import kr.academy.ai.ocr.OcrSettings;
import kr.academy.ai.ocr.OcrUnavailable;
import kr.academy.ai.ocr.PageText;
import kr.academy.pages.PageImage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OCR with Tesseract (Debian's libtesseract5 through Tess4J) over pages cleaned up with OpenCV
 * (docs/ocr.md). A Tesseract engine is not thread-safe and loads its models (about a second) when
 * started, so the bean keeps a fixed pool of {@code academy.ai.ocr.engines} of them, each started
 * on its first page and kept: a call borrows one for its page and gives it back; a call that finds
 * none free waits for one. Settings are in docs/configuration.md.
 */
@ApplicationScoped
public class TesseractOcrEngine implements OcrEngine {

  private OcrSettings settings;
  private BlockingQueue<EngineSlot> free;
  private List<EngineSlot> slots;
  private volatile boolean closed;

  /** For CDI's proxy. */
  protected TesseractOcrEngine() {}

  @Inject
  public TesseractOcrEngine(
      @ConfigProperty(
              name = "academy.ai.ocr.languages",
              defaultValue = OcrSettings.DEFAULT_LANGUAGES)
          String languages,
      @ConfigProperty(
              name = "academy.ai.ocr.page-segmentation-mode",
              defaultValue = "" + OcrSettings.DEFAULT_PAGE_SEGMENTATION_MODE)
          int pageSegmentationMode,
      @ConfigProperty(
              name = "academy.ai.ocr.engines",
              defaultValue = "" + OcrSettings.DEFAULT_ENGINES)
          int engines,
      @ConfigProperty(name = "academy.ai.ocr.tessdata", defaultValue = OcrSettings.DEFAULT_TESSDATA)
          String tessdata) {
    this(new OcrSettings(languages, pageSegmentationMode, engines, tessdata));
  }

  public TesseractOcrEngine(OcrSettings settings) {
    this.settings = settings;
    this.slots = new ArrayList<>(settings.engines());
    this.free = new ArrayBlockingQueue<>(settings.engines());
    for (int i = 0; i < settings.engines(); i++) {
      EngineSlot slot = new EngineSlot(settings);
      slots.add(slot);
      free.add(slot);
    }
  }

  @Override
  public PageText read(PageImage page, OcrMode mode) {
    return read(page, mode, ReadingSteps.PRODUCT);
  }

  /** The page read with only some of the steps (the benchmark measures each step's effect). */
  public PageText read(PageImage page, OcrMode mode, ReadingSteps steps) {
    EngineSlot slot = borrow();
    try {
      return new PageReading(slot, settings, steps).read(page, mode);
    } catch (OcrUnavailable e) {
      throw e;
    } catch (RuntimeException e) {
      // An engine that failed is not trusted with another page: it starts afresh on its next one.
      slot.close();
      throw e;
    } finally {
      giveBack(slot);
    }
  }

  /** How many engines have their models loaded (at most {@code academy.ai.ocr.engines}). */
  public int loadedEngines() {
    return (int) slots.stream().filter(EngineSlot::loaded).count();
  }

  private EngineSlot borrow() {
    if (closed) {
      throw new IllegalStateException("the OCR engine is closed");
    }
    try {
      return free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a free OCR engine");
    }
  }

  private void giveBack(EngineSlot slot) {
    if (closed) {
      slot.close();
    }
    free.add(slot);
  }

  /** Frees every engine not reading a page now; those that are free theirs when done. */
  @PreDestroy
  public void close() {
    closed = true;
    List<EngineSlot> idle = new ArrayList<>();
    free.drainTo(idle);
    idle.forEach(EngineSlot::close);
    free.addAll(idle);
  }
}
