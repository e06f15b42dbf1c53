package kr.academy.workers.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import kr.academy.ai.AiJobInput;
import kr.academy.ai.ReadHomeworkText;
import kr.academy.jobs.JobType;
import kr.academy.pages.PageRejected;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * OCR: the job's pages read by {@link ReadHomeworkText}; a file that cannot give its pages fails
 * the job at once with the reason.
 */
@ApplicationScoped
public class OcrProcessor implements JobProcessor {

  @Inject ReadHomeworkText text;

  @Override
  public JobType type() {
    return JobType.OCR;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    try {
      return text.read(AiJobInput.fromJson(run.input()), run);
    } catch (PageRejected e) {
      throw new JobRun.Refused(e.getMessage());
    }
  }
}
