package kr.academy.workers.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import kr.academy.ai.AiJobInput;
import kr.academy.ai.ReadAnswerSheets;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
import kr.academy.pages.PageRejected;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * OMR_GRADE: the job's pages read as answer sheets by {@link ReadAnswerSheets}; a file that cannot
 * give its pages, or an exam or template gone meanwhile, fails the job at once with the reason.
 */
@ApplicationScoped
public class OmrGradeProcessor implements JobProcessor {

  @Inject ReadAnswerSheets sheets;

  @Override
  public JobType type() {
    return JobType.OMR_GRADE;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    try {
      return sheets.read(run.job(), AiJobInput.fromJson(run.input()), run);
    } catch (PageRejected | DomainException e) {
      throw new JobRun.Refused(e.getMessage());
    }
  }
}
