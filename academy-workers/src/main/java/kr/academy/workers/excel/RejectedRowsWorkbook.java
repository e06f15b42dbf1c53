package kr.academy.workers.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.academy.students.imports.ImportCell;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.RejectedRowsReport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rows an import did not take, under the file's own header, each with its original cells, its
 * row number in the uploaded file and the reason. The user can fix the cells and upload this file
 * as it is: the two added columns are ignored as extra columns.
 */
final class RejectedRowsWorkbook implements RejectedRowsReport {

  static final String ROW_NUMBER = "원래 행";
  static final String REASON = "오류 사유";
  private static final int ROWS_IN_MEMORY = 200;
  private static final int REASON_WIDTH = 60;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final Sheet sheet = workbook.createSheet("가져오지 못한 행");
  private final int width;
  private int rows;

  RejectedRowsWorkbook(ImportRow header) {
    workbook.setCompressTempFiles(true);
    width = header.cells().size();
    List<String> titles = new ArrayList<>();
    header.cells().forEach(cell -> titles.add(cell.text()));
    titles.add(ROW_NUMBER);
    titles.add(REASON);
    int[] widths = new int[titles.size()];
    Arrays.fill(widths, 14);
    widths[widths.length - 1] = REASON_WIDTH;
    SheetHeader.write(workbook, sheet, titles, widths);
  }

  @Override
  public void add(ImportRow source, String reason) {
    Row row = sheet.createRow(++rows);
    for (int column = 0; column < width; column++) {
      ImportCell cell = source.cell(column);
      if (!cell.isBlank()) {
        row.createCell(column).setCellValue(cell.text());
      }
    }
    row.createCell(width).setCellValue(source.number());
    row.createCell(width + 1).setCellValue(reason);
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
