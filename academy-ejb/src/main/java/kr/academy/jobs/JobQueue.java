package kr.academy.jobs;

import java.util.Locale;

/**
 * The work queues of DESIGN §3. Each maps to an SQS queue whose name is configuration ({@link
 * #property()}, the same variable the worker's activation spec reads).
 */
public enum JobQueue {
  VIDEO("academy-video-jobs"),
  AI_LITE("academy-ai-jobs-lite"),
  AI_BASIC("academy-ai-jobs-basic"),
  AI_PREMIUM("academy-ai-jobs-premium"),
  MESSAGING("academy-messaging-jobs"),
  EXCEL("academy-excel-jobs");

  private final String defaultName;

  JobQueue(String defaultName) {
    this.defaultName = defaultName;
  }

  public String defaultName() {
    return defaultName;
  }

  /** {@code academy.queue.ai-lite} and so on. */
  public String property() {
    return "academy.queue." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
