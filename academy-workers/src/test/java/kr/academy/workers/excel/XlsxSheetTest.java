package kr.academy.workers.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.academy.students.imports.ImportCell;
import kr.academy.students.imports.ImportFileRejected;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.ImportSheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSheetTest {

  @TempDir Path dir;

  @Test
  void cellsReadAsExcelShowsThemWithTheirKindAndGapsFilled() throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("학생");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("이름");
      header.createCell(3).setCellValue("메모");
      Row row = sheet.createRow(4);
      row.createCell(0).setCellFormula("\"김\"&\"철수\"");
      row.createCell(1).setCellValue(1012345678d);
      row.createCell(2).setCellValue(LocalDate.of(2026, 3, 2));
      row.getCell(2).setCellStyle(date);
      row.createCell(4).setCellValue(true);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    List<ImportRow> rows = new ArrayList<>();
    try (ImportSheet sheet = new XlsxSheet(file)) {
      sheet.read(rows::add);
      sheet.read(rows::add);
    }
    assertEquals(4, rows.size(), "two rows, read twice");
    assertEquals(1, rows.get(0).number());
    assertEquals(
        List.of("이름", "", "", "메모"), rows.get(0).cells().stream().map(ImportCell::text).toList());
    ImportRow data = rows.get(1);
    assertEquals(5, data.number());
    assertEquals(ImportCell.text("김철수"), data.cell(0));
    assertEquals(new ImportCell("1012345678", ImportCell.Kind.NUMBER), data.cell(1));
    assertEquals(new ImportCell("2026-03-02", ImportCell.Kind.DATE), data.cell(2));
    assertEquals(ImportCell.BLANK, data.cell(3));
    assertEquals(ImportCell.Kind.BOOLEAN, data.cell(4).kind());
  }

  @Test
  void aFileThatIsNoWorkbookIsRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.xlsx"), "이름,학부모 전화번호");
    ImportFileRejected rejected = assertThrows(ImportFileRejected.class, () -> new XlsxSheet(file));
    assertTrue(rejected.getMessage().startsWith("엑셀 파일(.xlsx)이 아니거나 손상되었습니다"));
  }
}
