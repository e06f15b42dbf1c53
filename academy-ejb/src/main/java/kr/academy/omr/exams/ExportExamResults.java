package kr.academy.omr.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.jobs.ProgressReporter;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.platform.storage.StoredFiles;
import kr.academy.students.RosterFiles;
import kr.academy.tenancy.TenantId;

/**
 * EXAM_RESULTS_EXPORT's workflow: an exam's sheets, page by page in the order they were recorded,
 * into a workbook stored under the academy's prefix in the excel bucket ({@link ResultColumns}).
 * The object key is the job's id, so a repeated attempt overwrites rather than adds.
 */
@ApplicationScoped
public class ExportExamResults {

  static final int PAGE = 200;

  /** Characters a downloaded file's name may keep from the exam's title. */
  private static final int TITLE_IN_NAME = 50;

  private ExamResultPages results;
  private ExamResultWorkbooks workbooks;
  private StoredFiles files;
  private Clock clock;

  /** For CDI's proxy. */
  protected ExportExamResults() {}

  @Inject
  public ExportExamResults(
      ExamResultPages results, ExamResultWorkbooks workbooks, StoredFiles files, Clock clock) {
    this.results = results;
    this.workbooks = workbooks;
    this.files = files;
    this.clock = clock;
  }

  /**
   * Writes and stores the workbook; the result names it and counts its rows. Empty when the academy
   * has no such exam (it was deleted after the export was asked for).
   */
  public Optional<JsonObject> export(
      TenantId academy, JobId job, UUID examId, ProgressReporter progress) throws IOException {
    Optional<ExamOutline> found = results.outline(examId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ExamOutline outline = found.get();
    long total = outline.sheets();
    progress.progress(1, "exporting " + total + " sheets");
    try (ExamResultWorkbook workbook = workbooks.create("시험 결과", ResultColumns.header(outline))) {
      long position = 0;
      List<SheetResult> page;
      while (!(page = results.after(examId, position, PAGE)).isEmpty()) {
        page.forEach(r -> workbook.add(ResultColumns.row(outline, r)));
        position = page.get(page.size() - 1).position();
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
              RosterFiles.xlsxName(fileTitle(outline.title()) + "-결과", clock.instant()));
      files.write(file, RosterFiles.XLSX, workbook::writeTo);
      return Optional.of(
          Json.createObjectBuilder()
              .add("rows", workbook.rows())
              .add("file", file.toJson())
              .build());
    }
  }

  /** The title with what a file name cannot hold replaced, and cut short. */
  static String fileTitle(String title) {
    String safe = title.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
    return safe.length() > TITLE_IN_NAME ? safe.substring(0, TITLE_IN_NAME) : safe;
  }
}
