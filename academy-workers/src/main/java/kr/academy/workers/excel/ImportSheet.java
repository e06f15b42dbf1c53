package kr.academy.workers.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.SheetFormat;

/**
 * An uploaded file as a stream of rows, read as often as needed (an import reads it twice) without
 * holding its rows. Problems of the file itself surface as {@code ImportFileRejected}.
 */
interface ImportSheet extends AutoCloseable {

  /**
   * Columns past this one are ignored: no roster needs them, and a crafted row cannot fill memory.
   */
  int MAX_COLUMNS = 256;

  void read(Consumer<ImportRow> rows) throws IOException;

  @Override
  void close() throws IOException;

  static ImportSheet open(SheetFormat format, Path file) throws IOException {
    return switch (format) {
      case XLSX -> new XlsxSheet(file);
      case CSV -> new CsvSheet(file);
    };
  }
}
