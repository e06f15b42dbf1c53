package kr.academy.students.imports;

import java.util.List;

/** A row of the file as read: its 1-based row number in the sheet and its cells from column A. */
public record ImportRow(int number, List<ImportCell> cells) {

  public ImportRow {
    cells = List.copyOf(cells);
  }

  public ImportCell cell(int column) {
    return column < cells.size() ? cells.get(column) : ImportCell.BLANK;
  }

  public boolean isBlank() {
    return cells.stream().allMatch(ImportCell::isBlank);
  }
}
