package kr.academy.workers.excel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import kr.academy.jobs.JobType;
import kr.academy.students.imports.ImportFileRejected;
import kr.academy.students.imports.ImportStudents;
import kr.academy.students.imports.StudentImportRequest;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * STUDENT_IMPORT: the academy's own upload, imported by {@link ImportStudents}; a file that cannot
 * be imported whole fails the job at once.
 */
@ApplicationScoped
public class StudentImportProcessor implements JobProcessor {

  @Inject ImportStudents imports;

  @Override
  public JobType type() {
    return JobType.STUDENT_IMPORT;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    StudentImportRequest request = StudentImportRequest.fromJson(run.input());
    if (!request.upload().belongsTo(run.tenant())) {
      throw new JobRun.Refused("the upload does not belong to this academy");
    }
    try {
      return imports.importUpload(run.tenant(), run.job(), request, run);
    } catch (ImportFileRejected e) {
      throw new JobRun.Refused(e.getMessage());
    }
  }
}
