package kr.academy.workers.listeners;

import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import kr.academy.jobs.JobQueue;

/**
 * Consumer of {@code academy-video-jobs} (by default); bound to its queue by the role's activation
 * spec.
 */
@MessageDriven(name = "VideoJobListener", messageListenerInterface = MessageListener.class)
public class VideoJobListener extends QueueListener {

  public VideoJobListener() {
    super(JobQueue.VIDEO);
  }
}
