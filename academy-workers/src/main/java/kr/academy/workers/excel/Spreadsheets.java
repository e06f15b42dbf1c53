package kr.academy.workers.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kr.academy.omr.exams.ExamResultWorkbook;
import kr.academy.omr.exams.ExamResultWorkbooks;
import kr.academy.students.RosterWorkbook;
import kr.academy.students.RosterWorkbooks;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.ImportSheet;
import kr.academy.students.imports.ImportSheets;
import kr.academy.students.imports.RejectedRowsReport;
import kr.academy.students.imports.RejectedRowsReports;
import kr.academy.students.imports.SheetFormat;

/**
 * The workers' spreadsheet code (POI, Commons CSV) behind the ports the roster and exam workflows
 * own.
 */
@ApplicationScoped
public class Spreadsheets
    implements ImportSheets, RejectedRowsReports, RosterWorkbooks, ExamResultWorkbooks {

  @Override
  public ImportSheet open(SheetFormat format, Path file) throws IOException {
    return switch (format) {
      case XLSX -> new XlsxSheet(file);
      case CSV -> new CsvSheet(file);
    };
  }

  @Override
  public RejectedRowsReport start(ImportRow header) {
    return new RejectedRowsWorkbook(header);
  }

  @Override
  public RosterWorkbook create() {
    return new StudentWorkbook();
  }

  @Override
  public ExamResultWorkbook create(String sheetName, List<String> header) {
    return new ExamResultsWorkbook(sheetName, header);
  }
}
