package kr.academy.jobs.outbox;

import java.util.List;

/**
 * Sends text messages to work queues by name. Sends are immediate and not transactional: callers
 * that need "only if committed" go through the outbox.
 */
public interface QueueSender {

  /** A message for a queue. */
  record Outgoing(String queue, String body) {}

  /** Sends in order and stops at the first failure; returns how many were sent. */
  int send(List<Outgoing> messages);
}
