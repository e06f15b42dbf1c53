package kr.academy.workers.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;
import kr.academy.jobs.JobType;
import kr.academy.messaging.SendMessageBatch;
import kr.academy.messaging.TextProvider;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/** MESSAGE_SEND: the batch the job names, sent by {@link SendMessageBatch}. */
@ApplicationScoped
public class MessageSendProcessor implements JobProcessor {

  @Inject SendMessageBatch sending;

  @Override
  public JobType type() {
    return JobType.MESSAGE_SEND;
  }

  @Override
  public JsonObject process(JobRun run)
      throws TextProvider.Unavailable, TextProvider.Refused, InterruptedException {
    UUID batchId;
    try {
      batchId = UUID.fromString(run.input().getString("batchId"));
    } catch (RuntimeException e) {
      throw new JobRun.Refused("the job names no message batch");
    }
    return sending
        .send(batchId, run)
        .orElseThrow(() -> new JobRun.Refused("message batch " + batchId + " not found"));
  }
}
