package kr.academy.workers.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The bold, frozen first row the workbooks users download start with. */
final class SheetHeader {

  private SheetHeader() {}

  static void write(SXSSFWorkbook workbook, Sheet sheet, List<String> titles, int[] widths) {
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row header = sheet.createRow(0);
    for (int column = 0; column < titles.size(); column++) {
      header.createCell(column).setCellValue(titles.get(column));
      header.getCell(column).setCellStyle(bold);
      if (column < widths.length) {
        sheet.setColumnWidth(column, widths[column] * 256);
      }
    }
    sheet.createFreezePane(0, 1);
  }
}
