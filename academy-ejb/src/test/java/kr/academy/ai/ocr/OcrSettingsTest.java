package kr.academy.ai.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OcrSettingsTest {

  @Test
  void defaultsAreKoreanFirstSingleBlockFiveEnginesDebiansModels() {
    OcrSettings settings = OcrSettings.defaults();

    assertEquals("kor+eng", settings.languages());
    assertEquals("kor", settings.firstLanguage());
    assertEquals(Optional.of("eng"), settings.otherLanguages());
    assertEquals(6, settings.pageSegmentationMode());
    assertEquals(5, settings.engines());
    assertEquals("/usr/share/tesseract-ocr/5/tessdata", settings.tessdata());
  }

  @Test
  void theOtherLanguagesAreAllButTheFirstAndNoneOfOne() {
    assertEquals(
        Optional.of("eng+chi_sim"),
        new OcrSettings("kor+eng+chi_sim", 6, 1, "/t").otherLanguages());
    assertEquals(Optional.empty(), new OcrSettings("kor", 6, 1, "/t").otherLanguages());
  }

  @Test
  void refusesWhatTesseractWouldNot() {
    assertThrows(IllegalArgumentException.class, () -> new OcrSettings("kor eng", 6, 5, "/t"));
    assertThrows(IllegalArgumentException.class, () -> new OcrSettings("kor+", 6, 5, "/t"));
    assertThrows(IllegalArgumentException.class, () -> new OcrSettings("kor", 14, 5, "/t"));
    assertThrows(IllegalArgumentException.class, () -> new OcrSettings("kor", 6, 0, "/t"));
    assertThrows(IllegalArgumentException.class, () -> new OcrSettings("kor", 6, 5, " "));
  }

  @Test
  void confidencesAreZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new TextLine("x", new Box(0, 0, 1, 1), 1.5));
    assertThrows(IllegalArgumentException.class, () -> new PageText("x", List.of(), -0.1, 0));
    assertEquals(0, PageText.empty(2).confidence());
  }
}
