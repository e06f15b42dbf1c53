package kr.academy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kr.academy.students.imports.ImportCell;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.ImportSheet;
import kr.academy.students.imports.ImportSheets;
import kr.academy.students.imports.SheetFormat;

/**
 * Uploads as plain text whatever their format says: one row a line, cells separated by tabs. The
 * real readers of each format have tests of their own; this one lets a workflow's test write its
 * upload as text. It counts the sheets opened and closed.
 */
public final class TextSheets implements ImportSheets {

  private int opened;
  private int closed;

  public boolean allClosed() {
    return opened == closed;
  }

  /** An upload of these lines, as a test writes it. */
  public static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Override
  public ImportSheet open(SheetFormat format, Path file) {
    opened++;
    return new ImportSheet() {
      @Override
      public void read(Consumer<ImportRow> rows) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          List<ImportCell> cells = new ArrayList<>();
          for (String cell : lines.get(i).split("\t", -1)) {
            cells.add(ImportCell.text(cell));
          }
          rows.accept(new ImportRow(i + 1, cells));
        }
      }

      @Override
      public void close() {
        closed++;
      }
    };
  }
}
