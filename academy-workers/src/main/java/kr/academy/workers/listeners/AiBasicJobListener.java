package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-ai-jobs-basic} (by default); bound to its queue by the role's
 * activation spec.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(name = "AiBasicJobListener", messageListenerInterface = MessageListener.class)
public class AiBasicJobListener extends QueueListener {

  public AiBasicJobListener() {
    super(JobQueue.AI_BASIC);
  }
}
