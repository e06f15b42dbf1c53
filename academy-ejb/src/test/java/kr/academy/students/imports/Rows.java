package kr.academy.students.imports;

import java.util.ArrayList;
import java.util.List;

/** Rows as a reader would hand them over, for tests. */
final class Rows {

  private Rows() {}

  static ImportRow text(int number, String... cells) {
    List<ImportCell> row = new ArrayList<>();
    for (String cell : cells) {
      row.add(cell == null ? ImportCell.BLANK : ImportCell.text(cell));
    }
    return new ImportRow(number, row);
  }

  static ImportRow of(int number, ImportCell... cells) {
    return new ImportRow(number, List.of(cells));
  }

  static ImportHeader header(String... titles) {
    return ImportHeader.recognise(text(1, titles)).orElseThrow();
  }
}
