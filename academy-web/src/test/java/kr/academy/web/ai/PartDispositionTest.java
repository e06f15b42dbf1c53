package kr.academy.web.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartDispositionTest {

  @Test
  void theNameIsTheParts_notTheFiles() {
    PartDisposition part =
        PartDisposition.parse("form-data; name=\"file\"; filename=\"1반.pdf\"").orElseThrow();
    assertEquals("file", part.name());
    assertEquals(Optional.of("1반.pdf"), part.fileName());
    assertEquals(
        "file",
        PartDisposition.parse("form-data; filename=\"name.pdf\"; name=\"file\"")
            .orElseThrow()
            .name());
  }

  @Test
  void utf8BytesReadAsLatin1AreReadAgain() {
    String latin1 =
        new String(
            "form-data; name=\"file\"; filename=\"숙제.png\"".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1);
    assertEquals(Optional.of("숙제.png"), PartDisposition.parse(latin1).orElseThrow().fileName());
    assertEquals(
        Optional.of("café.png"),
        PartDisposition.parse("form-data; name=\"file\"; filename=\"café.png\"")
            .orElseThrow()
            .fileName());
  }

  @Test
  void aPartWithoutANameIsNotRead() {
    assertTrue(PartDisposition.parse("form-data; filename=\"a.png\"").isEmpty());
    assertEquals(
        Optional.empty(),
        PartDisposition.parse("form-data; name=\"type\"").orElseThrow().fileName());
  }
}
