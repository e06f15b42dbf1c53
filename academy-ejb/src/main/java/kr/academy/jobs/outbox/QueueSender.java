package kr.academy.jobs.outbox;

import java.util.List;

/**
 * Sends text messages to work queues by name. Sends are immediate and not transactional: callers
 * that need "only if committed" go through the outbox.
 */
public interface QueueSender {

  /**
   * A message for a queue; {@code traceParent}, the W3C trace context of the change that asked for
   * it, is null when there was none.
   */
  record Outgoing(String queue, String body, String traceParent) {}

  /** Sends in order and stops at the first failure; returns how many were sent. */
  int send(List<Outgoing> messages);
}
