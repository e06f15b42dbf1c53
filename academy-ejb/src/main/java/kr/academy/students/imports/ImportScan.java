package kr.academy.students.imports;

/**
 * The first pass over a file, before anything is written: finds the header and counts the data
 * rows, stopping as soon as there are too many, so a file that cannot be imported whole is refused
 * whole.
 */
public final class ImportScan {

  private final int maxRows;
  private final HeaderSearch search = new HeaderSearch();
  private int dataRows;
  private int lastRow;

  public ImportScan(int maxRows) {
    this.maxRows = maxRows;
  }

  public void accept(ImportRow row) {
    if (row.isBlank() || !search.isData(row)) {
      return;
    }
    lastRow = row.number();
    if (++dataRows > maxRows) {
      throw new ImportFileRejected(
          "행이 너무 많습니다: 한 번에 최대 " + maxRows + "행까지 가져올 수 있습니다. 파일을 나누어 올려 주세요");
    }
  }

  /** The header; throws when there is none or no row under it. */
  public ImportHeader header() {
    ImportHeader header = search.header();
    if (dataRows == 0) {
      throw new ImportFileRejected("머리글 아래에 학생 행이 없습니다 (머리글 " + header.row().number() + "행)");
    }
    return header;
  }

  public int dataRows() {
    return dataRows;
  }

  /** The number of the last data row in the sheet. */
  public int lastRow() {
    return lastRow;
  }
}
