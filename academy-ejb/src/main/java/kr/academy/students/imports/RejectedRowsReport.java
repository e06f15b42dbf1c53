package kr.academy.students.imports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The rows an import did not take, each with its original cells, its row number in the uploaded
 * file and the reason, under the file's own header: the user fixes the cells and uploads the report
 * as it is.
 */
public interface RejectedRowsReport extends AutoCloseable {

  void add(ImportRow row, String reason);

  void writeTo(OutputStream out) throws IOException;

  /** Frees what the report holds (temporary files among it). */
  @Override
  void close() throws IOException;
}
