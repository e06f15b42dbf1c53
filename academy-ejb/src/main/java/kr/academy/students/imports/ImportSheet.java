package kr.academy.students.imports;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * An uploaded file as a stream of rows, read as often as needed (an import reads it twice) without
 * holding its rows. Problems of the file itself surface as {@link ImportFileRejected}.
 */
public interface ImportSheet extends AutoCloseable {

  /**
   * Columns past this one are ignored: no roster needs them, and a crafted row cannot fill memory.
   */
  int MAX_COLUMNS = 256;

  void read(Consumer<ImportRow> rows) throws IOException;

  @Override
  void close() throws IOException;
}
