package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-video-jobs} (by default); bound to its queue by the role's activation
 * spec.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(name = "VideoJobListener", messageListenerInterface = MessageListener.class)
public class VideoJobListener extends QueueListener {

  public VideoJobListener() {
    super(JobQueue.VIDEO);
  }
}
