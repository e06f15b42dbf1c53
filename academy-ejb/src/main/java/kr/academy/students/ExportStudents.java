package kr.academy.students;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import kr.academy.jobs.JobId;
import kr.academy.jobs.ProgressReporter;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.platform.storage.StoredFiles;
import kr.academy.tenancy.TenantId;

/**
 * STUDENT_EXPORT's workflow: the academy's students matching a search (as the roster search reads
 * it), page by page in id order, into a workbook stored under the academy's prefix in the excel
 * bucket. The object key is the job's id, so a repeated attempt overwrites rather than adds.
 */
@ApplicationScoped
public class ExportStudents {

  static final int PAGE = 1000;

  private RosterPages roster;
  private RosterWorkbooks workbooks;
  private StoredFiles files;
  private Clock clock;

  /** For CDI's proxy. */
  protected ExportStudents() {}

  @Inject
  public ExportStudents(
      RosterPages roster, RosterWorkbooks workbooks, StoredFiles files, Clock clock) {
    this.roster = roster;
    this.workbooks = workbooks;
    this.files = files;
    this.clock = clock;
  }

  /** Writes and stores the workbook; the result names it and counts its rows. */
  public JsonObject export(
      TenantId academy, JobId job, StudentSearch search, ProgressReporter progress)
      throws IOException {
    long total = roster.count(search);
    progress.progress(1, "exporting " + total + " students");
    try (RosterWorkbook workbook = workbooks.create()) {
      long after = 0;
      List<StudentExportRow> page;
      while (!(page = roster.exportPage(search, after, PAGE)).isEmpty()) {
        page.forEach(workbook::add);
        after = page.get(page.size() - 1).id();
        int done = workbook.rows();
        progress.progress(
            (int) (1 + 89L * done / Math.max(total, done)), "wrote " + done + " of " + total);
      }
      progress.progress(95, "saving the workbook");
      StoredFile file =
          StoredFile.of(
              academy,
              StorageBucket.EXCEL,
              "exports/" + job + ".xlsx",
              RosterFiles.xlsxName("학생명단", clock.instant()));
      files.write(file, RosterFiles.XLSX, workbook::writeTo);
      return Json.createObjectBuilder()
          .add("rows", workbook.rows())
          .add("file", file.toJson())
          .build();
    }
  }
}
