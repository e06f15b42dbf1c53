package kr.academy.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.academy.common.DomainException;
import org.junit.jupiter.api.Test;

class ReceivedUploadTest {

  @Test
  void keepsTheBytesAndTheirSha256UntilClosed() throws IOException {
    Path copy;
    try (ReceivedUpload upload =
        ReceivedUpload.receive(
            new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3, "too large")) {
      copy = upload.path();
      assertEquals("abc", Files.readString(copy));
      assertEquals(3, upload.size());
      assertEquals(
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", upload.sha256());
    }
    assertFalse(Files.exists(copy));
  }

  @Test
  void aFilePastItsLimitIsRefusedAndLeavesNothing() throws IOException {
    long before = leftCopies();
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> ReceivedUpload.receive(new ByteArrayInputStream(new byte[4]), 3, "over 3 bytes"));
    assertEquals(DomainException.Kind.TOO_LARGE, refused.kind());
    assertEquals("over 3 bytes", refused.getMessage());
    assertEquals(before, leftCopies());
  }

  private static long leftCopies() throws IOException {
    try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return temp.filter(p -> p.getFileName().toString().startsWith("academy-upload-")).count();
    }
  }

  @Test
  void theShownNameIsTheUsersWithoutItsPathAndAtMost200Characters() {
    assertEquals("숙제.pdf", ReceivedUpload.shownName("C:\\Users\\me\\숙제.pdf", "x"));
    assertEquals("a.png", ReceivedUpload.shownName("/tmp/dir/a.png", "x"));
    assertEquals("page.png", ReceivedUpload.shownName("  ", "page.png"));
    assertEquals("page.png", ReceivedUpload.shownName(null, "page.png"));
    String longName = "a".repeat(300) + ".pdf";
    assertEquals(200, ReceivedUpload.shownName(longName, "x").length());
    assertTrue(ReceivedUpload.shownName(longName, "x").endsWith(".pdf"));
  }
}
