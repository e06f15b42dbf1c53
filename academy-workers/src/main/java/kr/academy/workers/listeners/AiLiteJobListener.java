package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-ai-jobs-lite} (by default); bound to its queue by the role's
 * activation spec.
 */
@MessageDriven(name = "AiLiteJobListener", messageListenerInterface = MessageListener.class)
public class AiLiteJobListener extends QueueListener {

  public AiLiteJobListener() {
    super(JobQueue.AI_LITE);
  }
}
