package kr.academy.workers.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import kr.academy.ai.AiJobInput;
import kr.academy.ai.CheckHomeworkDone;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
import kr.academy.pages.PageRejected;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * STATUS_DETECT: the job's pages checked by {@link CheckHomeworkDone}; a file that cannot give its
 * pages fails the job at once with the reason.
 */
@ApplicationScoped
public class StatusDetectProcessor implements JobProcessor {

  @Inject CheckHomeworkDone homework;

  @Override
  public JobType type() {
    return JobType.STATUS_DETECT;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    try {
      return homework.check(AiJobInput.fromJson(run.input()), run);
    } catch (PageRejected | DomainException e) {
      throw new JobRun.Refused(e.getMessage());
    }
  }
}
