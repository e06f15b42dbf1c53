package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-messaging-jobs} (by default); bound to its queue by the role's
 * activation spec.
 */
@MessageDriven(name = "MessagingJobListener", messageListenerInterface = MessageListener.class)
public class MessagingJobListener extends QueueListener {

  public MessagingJobListener() {
    super(JobQueue.MESSAGING);
  }
}
