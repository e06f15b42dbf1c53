package kr.academy.students.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header row of an import: which column holds which field, and the headers it ignores. Found
 * among the first {@value #SEARCH_ROWS} non-blank rows, so a title (merged or not) above the header
 * is skipped: the header is the first row in which any cell names a known column.
 */
public final class ImportHeader {

  static final int SEARCH_ROWS = 10;

  private final ImportRow row;
  private final Map<ImportField, Integer> columns;
  private final List<String> ignored;

  private ImportHeader(ImportRow row, Map<ImportField, Integer> columns, List<String> ignored) {
    this.row = row;
    this.columns = columns;
    this.ignored = ignored;
  }

  /**
   * The header this row is, if any cell of it names a column. A header that names a column twice or
   * lacks a required one cannot be used, and the file is rejected naming the problem.
   */
  static Optional<ImportHeader> recognise(ImportRow row) {
    Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    List<String> ignored = new ArrayList<>();
    for (int column = 0; column < row.cells().size(); column++) {
      String text = row.cell(column).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      Optional<ImportField> field = ImportField.named(text);
      if (field.isEmpty()) {
        ignored.add(text);
        continue;
      }
      Integer earlier = columns.putIfAbsent(field.get(), column);
      if (earlier != null) {
        throw new ImportFileRejected(
            "머리글 "
                + row.number()
                + "행에 '"
                + field.get().label()
                + "' 열이 두 번 있습니다 ("
                + columnName(earlier)
                + "열, "
                + columnName(column)
                + "열)");
      }
    }
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    String missing =
        List.of(ImportField.values()).stream()
            .filter(f -> f.required() && !columns.containsKey(f))
            .map(f -> "'" + f.label() + "'")
            .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      throw new ImportFileRejected("필수 열이 없습니다: " + missing + " (머리글 " + row.number() + "행)");
    }
    return Optional.of(new ImportHeader(row, columns, List.copyOf(ignored)));
  }

  /** Why no header was found, once the search has given up or the file has ended. */
  static ImportFileRejected notFound(int nonBlankRows) {
    if (nonBlankRows == 0) {
      return new ImportFileRejected("첫 번째 시트가 비어 있습니다");
    }
    return new ImportFileRejected(
        "머리글 행을 찾지 못했습니다: 처음 "
            + Math.min(nonBlankRows, SEARCH_ROWS)
            + "행 안에 '이름', '학부모 전화번호' 같은 열 이름이 있어야 합니다");
  }

  /** {@code A}, {@code B}, ..., {@code Z}, {@code AA}: the column as a spreadsheet names it. */
  static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  public ImportRow row() {
    return row;
  }

  public Optional<Integer> column(ImportField field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** Headers of columns the import does not use, in sheet order. */
  public List<String> ignored() {
    return ignored;
  }
}
