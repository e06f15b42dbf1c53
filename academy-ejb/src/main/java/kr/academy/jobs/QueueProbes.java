package kr.academy.jobs;

import java.util.Optional;

/**
 * Proof that a queue's consumer is alive: a worker notes each probe it receives. Probes are
 * platform data, not an academy's, and expire on their own.
 */
public interface QueueProbes {

  void received(String nonce, JobQueue queue);

  /** The queue whose worker received the probe, if one did. */
  Optional<JobQueue> receivedBy(String nonce);
}
