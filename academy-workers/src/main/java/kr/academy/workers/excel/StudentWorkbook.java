package kr.academy.workers.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.academy.common.PhoneNumber;
import kr.academy.students.RosterWorkbook;
import kr.academy.students.StudentExportRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The roster as an {@code .xlsx} with Korean headers, the same columns an import reads back.
 * Streaming (SXSSF): only a window of rows is in memory, the rest is flushed to a temporary file
 * that {@link #close()} deletes.
 */
final class StudentWorkbook implements RosterWorkbook {

  static final List<String> HEADERS = List.of("이름", "학생 전화번호", "학부모 전화번호", "학교", "학년", "메모", "등록일");
  private static final int[] WIDTHS = {14, 16, 16, 20, 8, 40, 12};
  private static final int ROWS_IN_MEMORY = 200;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Seoul"));

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final Sheet sheet = workbook.createSheet("학생 명단");
  private int rows;

  StudentWorkbook() {
    workbook.setCompressTempFiles(true);
    SheetHeader.write(workbook, sheet, HEADERS, WIDTHS);
  }

  @Override
  public void add(StudentExportRow student) {
    Row row = sheet.createRow(++rows);
    set(row, 0, student.name());
    set(row, 1, display(student.phone()));
    set(row, 2, display(student.parentPhone()));
    set(row, 3, student.school());
    set(row, 4, student.grade());
    set(row, 5, student.memo());
    set(row, 6, DATE.format(student.createdAt()));
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    workbook.write(out);
  }

  private static void set(Row row, int column, String value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
  }

  private static String display(String digits) {
    return digits == null ? null : new PhoneNumber(digits).display();
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
