package kr.academy.omr.exams;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** An exam's results as a spreadsheet users download, filled a row at a time. */
public interface ExamResultWorkbook extends AutoCloseable {

  /** One row; a cell is text, a {@link java.math.BigDecimal} (a number) or null (empty). */
  void add(List<Object> cells);

  int rows();

  void writeTo(OutputStream out) throws IOException;

  /** Frees what the workbook holds (temporary files among it). */
  @Override
  void close() throws IOException;
}
