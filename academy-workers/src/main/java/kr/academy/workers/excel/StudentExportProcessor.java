package kr.academy.workers.excel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import kr.academy.jobs.JobType;
import kr.academy.students.ExportStudents;
import kr.academy.students.StudentSearch;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/** STUDENT_EXPORT: the active students matching the job's {@code q}, by {@link ExportStudents}. */
@ApplicationScoped
public class StudentExportProcessor implements JobProcessor {

  @Inject ExportStudents export;

  @Override
  public JobType type() {
    return JobType.STUDENT_EXPORT;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    StudentSearch search = new StudentSearch(run.input().getString("q", null), false);
    return export.export(run.tenant(), run.job(), search, run);
  }
}
