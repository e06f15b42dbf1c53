package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-ai-jobs-premium} (by default); bound to its queue by the role's
 * activation spec.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(name = "AiPremiumJobListener", messageListenerInterface = MessageListener.class)
public class AiPremiumJobListener extends QueueListener {

  public AiPremiumJobListener() {
    super(JobQueue.AI_PREMIUM);
  }
}
