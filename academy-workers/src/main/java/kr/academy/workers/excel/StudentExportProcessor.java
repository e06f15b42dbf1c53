package kr.academy.workers.excel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import kr.academy.common.PageRequest;
import kr.academy.jobs.JobType;
import kr.academy.platform.storage.ObjectStorage;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.students.StudentCatalog;
import kr.academy.students.StudentExportRow;
import kr.academy.students.StudentSearch;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * STUDENT_EXPORT: the academy's active students matching the job's {@code q} (as the roster search
 * reads it), page by page in id order, into a workbook stored under the academy's prefix in the
 * excel bucket. The object key is the job's id, so a repeated attempt overwrites rather than adds.
 */
@ApplicationScoped
public class StudentExportProcessor implements JobProcessor {

  static final int PAGE = 1000;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject StudentCatalog catalog;
  @Inject ObjectStorage storage;
  @Inject Clock clock;

  @Override
  public JobType type() {
    return JobType.STUDENT_EXPORT;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    StudentSearch search = new StudentSearch(run.input().getString("q", null), false);
    long total = catalog.search(search, PageRequest.of(0, 1)).total();
    run.progress(1, "exporting " + total + " students");
    Path temp = Files.createTempFile("student-export-", ".xlsx");
    try {
      int rows = write(search, total, temp, run);
      run.progress(95, "saving the workbook");
      StoredFile file =
          StoredFile.of(
              run.tenant(),
              StorageBucket.EXCEL,
              "exports/" + run.job() + ".xlsx",
              "학생명단-" + StudentWorkbook.DAY.format(clock.instant()) + ".xlsx");
      storage.put(file, temp, XLSX);
      return Json.createObjectBuilder().add("rows", rows).add("file", file.toJson()).build();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private int write(StudentSearch search, long total, Path target, JobRun run) throws IOException {
    try (StudentWorkbook workbook = new StudentWorkbook()) {
      long after = 0;
      List<StudentExportRow> page;
      while (!(page = catalog.exportPage(search, after, PAGE)).isEmpty()) {
        page.forEach(workbook::add);
        after = page.get(page.size() - 1).id();
        int done = workbook.rows();
        run.progress(
            (int) (1 + 89L * done / Math.max(total, done)), "wrote " + done + " of " + total);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        workbook.writeTo(out);
      }
      return workbook.rows();
    }
  }
}
