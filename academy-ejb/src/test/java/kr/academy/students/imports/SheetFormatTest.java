package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.academy.common.DomainException;
import kr.academy.students.imports.poi.PoiOleContainers;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetFormatTest {

  private static final OleContainers OLE = new PoiOleContainers();

  private static final String SHEET =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

  @TempDir Path dir;

  @Test
  void aWorkbookIsKnownByItsContentWhateverItsName() throws IOException {
    assertEquals(SheetFormat.XLSX, SheetFormat.detect(zip(SHEET), "명단.csv", OLE));
    assertEquals(SheetFormat.CSV, SheetFormat.detect(file("이름,학부모 전화번호\n"), "명단.CSV", OLE));
  }

  @Test
  void everyOtherKindIsRefusedSayingWhy() throws IOException {
    assertRefused(
        415, "MACRO_ENABLED_WORKBOOK", zip("application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    assertRefused(
        415,
        "UNSUPPORTED_FILE_TYPE",
        zip("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
    assertRefused(422, "WORKBOOK_ENCRYPTED", ole2("EncryptionInfo"));
    assertRefused(415, "UNSUPPORTED_FILE_TYPE", ole2("Workbook"));
    assertRefused(415, "UNSUPPORTED_FILE_TYPE", file("%PDF-1.7"));
    assertRefused(400, "VALIDATION_FAILED", file(""));
  }

  private void assertRefused(int status, String code, Path file) {
    DomainException refused =
        assertThrows(DomainException.class, () -> SheetFormat.detect(file, "명단.xlsx", OLE));
    assertEquals(code, refused.code());
    assertEquals(
        status,
        switch (refused.kind()) {
          case INVALID -> 400;
          case UNSUPPORTED_MEDIA_TYPE -> 415;
          case UNPROCESSABLE -> 422;
          default -> 0;
        });
  }

  private Path zip(String mainContentType) throws IOException {
    Path file = Files.createTempFile(dir, "book", ".zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                  + mainContentType
                  + "\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private Path ole2(String entry) throws IOException {
    Path file = Files.createTempFile(dir, "ole", ".bin");
    try (POIFSFileSystem ole = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(file)) {
      ole.createDocument(new ByteArrayInputStream(new byte[64]), entry);
      ole.writeFilesystem(out);
    }
    return file;
  }

  private Path file(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "text", ".txt"), text);
  }
}
