package kr.academy.students.imports;

import java.io.IOException;
import java.nio.file.Path;

/** Opens uploaded files for reading, by their kind. */
public interface ImportSheets {

  ImportSheet open(SheetFormat format, Path file) throws IOException;
}
