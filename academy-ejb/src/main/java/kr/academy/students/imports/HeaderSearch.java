package kr.academy.students.imports;

/** Looks for the header among the first non-blank rows; the rows after it are data. */
final class HeaderSearch {

  private ImportHeader header;
  private int rowsSeen;

  /** Whether this non-blank row is data: false for the header and the rows above it. */
  boolean isData(ImportRow row) {
    if (header != null) {
      return true;
    }
    rowsSeen++;
    header = ImportHeader.recognise(row).orElse(null);
    if (header == null && rowsSeen >= ImportHeader.SEARCH_ROWS) {
      throw ImportHeader.notFound(rowsSeen);
    }
    return false;
  }

  ImportHeader header() {
    if (header == null) {
      throw ImportHeader.notFound(rowsSeen);
    }
    return header;
  }
}
