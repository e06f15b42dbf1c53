package kr.academy.students.imports;

import java.nio.file.Path;

/**
 * Looks inside an OLE2 file, which is either a password-protected .xlsx (Office wraps it in OLE2
 * with its {@code EncryptionInfo}) or an Excel 97-2003 .xls; POI reads the container.
 */
public interface OleContainers {

  /** What an OLE2 file holds. */
  enum Content {
    ENCRYPTED_WORKBOOK,
    LEGACY_OFFICE_FILE,
    DAMAGED
  }

  Content inspect(Path file);
}
