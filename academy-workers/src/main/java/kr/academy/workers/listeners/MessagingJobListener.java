package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-messaging-jobs} (by default); bound to its queue by the role's
 * activation spec.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(name = "MessagingJobListener", messageListenerInterface = MessageListener.class)
public class MessagingJobListener extends QueueListener {

  public MessagingJobListener() {
    super(JobQueue.MESSAGING);
  }
}
