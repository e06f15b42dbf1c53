package kr.academy.students;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The roster as a spreadsheet users download, with the columns an import reads back, filled a
 * student at a time without holding them all.
 */
public interface RosterWorkbook extends AutoCloseable {

  void add(StudentExportRow student);

  int rows();

  void writeTo(OutputStream out) throws IOException;

  /** Frees what the workbook holds (temporary files among it). */
  @Override
  void close() throws IOException;
}
