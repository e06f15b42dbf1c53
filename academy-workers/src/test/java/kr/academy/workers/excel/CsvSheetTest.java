package kr.academy.workers.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.academy.students.imports.ImportCell;
import kr.academy.students.imports.ImportRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSheetTest {

  private static final String TEXT = "이름,메모\r\n김철수,\"쉼표, 그리고\n줄바꿈\"\r\n똠방각하,\r\n";

  @TempDir Path dir;

  @Test
  void koreanWindowsEncodingIsRecognised() throws IOException {
    CsvSheet sheet = sheet(TEXT.getBytes(Charset.forName("x-windows-949")));
    assertEquals(CsvSheet.CP949, sheet.charset());
    assertRows(sheet);
  }

  @Test
  void utf8IsReadWithOrWithoutAByteOrderMark() throws IOException {
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[utf8.length + 3];
    marked[0] = (byte) 0xef;
    marked[1] = (byte) 0xbb;
    marked[2] = (byte) 0xbf;
    System.arraycopy(utf8, 0, marked, 3, utf8.length);
    for (byte[] content : List.of(utf8, marked)) {
      CsvSheet sheet = sheet(content);
      assertEquals(StandardCharsets.UTF_8, sheet.charset());
      assertRows(sheet);
    }
  }

  private CsvSheet sheet(byte[] content) throws IOException {
    return new CsvSheet(Files.write(Files.createTempFile(dir, "roster", ".csv"), content));
  }

  private static void assertRows(CsvSheet sheet) throws IOException {
    List<ImportRow> rows = new ArrayList<>();
    sheet.read(rows::add);
    assertEquals(
        List.of(List.of("이름", "메모"), List.of("김철수", "쉼표, 그리고\n줄바꿈"), List.of("똠방각하", "")),
        rows.stream().map(r -> r.cells().stream().map(ImportCell::text).toList()).toList());
    assertEquals(List.of(1, 2, 3), rows.stream().map(ImportRow::number).toList());
  }
}
