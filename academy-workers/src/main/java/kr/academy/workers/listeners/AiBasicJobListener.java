package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-ai-jobs-basic} (by default); bound to its queue by the role's
 * activation spec.
 */
@MessageDriven(name = "AiBasicJobListener", messageListenerInterface = MessageListener.class)
public class AiBasicJobListener extends QueueListener {

  public AiBasicJobListener() {
    super(JobQueue.AI_BASIC);
  }
}
