package kr.academy.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kr.academy.omr.exams.ExamResultWorkbook;
import kr.academy.omr.exams.ExamResultWorkbooks;
import kr.academy.students.RosterWorkbook;
import kr.academy.students.RosterWorkbooks;
import kr.academy.students.StudentExportRow;
import kr.academy.students.imports.ImportCell;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.RejectedRowsReport;
import kr.academy.students.imports.RejectedRowsReports;

/**
 * Workbooks as plain text, one line a row with its cells separated by tabs, so a test reads what a
 * workflow stored; it counts the workbooks made and closed.
 */
public final class TextWorkbooks
    implements RosterWorkbooks, RejectedRowsReports, ExamResultWorkbooks {

  private int created;
  private int closed;

  /** Whether every workbook made so far has been closed. */
  public boolean allClosed() {
    return created == closed;
  }

  public int created() {
    return created;
  }

  @Override
  public RosterWorkbook create() {
    created++;
    return new Roster();
  }

  @Override
  public RejectedRowsReport start(ImportRow header) {
    created++;
    Rejected report = new Rejected();
    report.line(texts(header).toArray());
    return report;
  }

  /** The header is the first line; {@code rows()} counts the lines under it. */
  @Override
  public ExamResultWorkbook create(String sheetName, List<String> header) {
    created++;
    Results results = new Results();
    results.line(header.toArray());
    return results;
  }

  private static List<String> texts(ImportRow row) {
    return row.cells().stream().map(ImportCell::text).toList();
  }

  private abstract class Lines implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();

    void line(Object... cells) {
      List<String> texts = new ArrayList<>();
      for (Object cell : cells) {
        texts.add(cell == null ? "" : cell.toString());
      }
      lines.add(String.join("\t", texts));
    }

    public int rows() {
      return lines.size();
    }

    public void writeTo(OutputStream out) throws IOException {
      for (String line : lines) {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }

    @Override
    public void close() {
      closed++;
    }
  }

  private final class Roster extends Lines implements RosterWorkbook {
    @Override
    public void add(StudentExportRow student) {
      line(
          student.name(),
          student.phone(),
          student.parentPhone(),
          student.school(),
          student.grade(),
          student.memo());
    }
  }

  /** Under the header, each row's cells, then its row number and the reason. */
  private final class Rejected extends Lines implements RejectedRowsReport {
    @Override
    public void add(ImportRow row, String reason) {
      List<Object> cells = new ArrayList<>(texts(row));
      cells.add(row.number());
      cells.add(reason);
      line(cells.toArray());
    }
  }

  private final class Results extends Lines implements ExamResultWorkbook {
    @Override
    public void add(List<Object> cells) {
      line(cells.toArray());
    }

    @Override
    public int rows() {
      return super.rows() - 1;
    }
  }
}
