package kr.academy.workers.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import kr.academy.omr.exams.ExamResultWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An exam's results as an {@code .xlsx}: the header the workflow gives, then one row a sheet,
 * scores as numbers. Streaming (SXSSF) like the roster export: only a window of rows is in memory.
 */
final class ExamResultsWorkbook implements ExamResultWorkbook {

  private static final int ROWS_IN_MEMORY = 200;
  private static final int[] WIDTHS = {14, 12, 14, 8};

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final Sheet sheet;
  private int rows;

  ExamResultsWorkbook(String sheetName, List<String> header) {
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(sheetName);
    SheetHeader.write(workbook, sheet, header, WIDTHS);
  }

  @Override
  public void add(List<Object> cells) {
    Row row = sheet.createRow(++rows);
    for (int column = 0; column < cells.size(); column++) {
      Object value = cells.get(column);
      if (value instanceof BigDecimal number) {
        row.createCell(column).setCellValue(number.doubleValue());
      } else if (value != null) {
        row.createCell(column).setCellValue(value.toString());
      }
    }
  }

  @Override
  public int rows() {
    return rows;
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
