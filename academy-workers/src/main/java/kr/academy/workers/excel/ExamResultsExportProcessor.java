package kr.academy.workers.excel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.UUID;
import kr.academy.jobs.JobType;
import kr.academy.omr.exams.ExportExamResults;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * EXAM_RESULTS_EXPORT: the exam named by the job's {@code examId}, by {@link ExportExamResults}.
 */
@ApplicationScoped
public class ExamResultsExportProcessor implements JobProcessor {

  @Inject ExportExamResults export;

  @Override
  public JobType type() {
    return JobType.EXAM_RESULTS_EXPORT;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    UUID exam;
    try {
      exam = UUID.fromString(run.input().getString("examId", ""));
    } catch (IllegalArgumentException e) {
      throw new JobRun.Refused("the job names no exam");
    }
    return export
        .export(run.tenant(), run.job(), exam, run)
        .orElseThrow(() -> new JobRun.Refused("exam " + exam + " was deleted"));
  }
}
