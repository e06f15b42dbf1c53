package kr.academy.jobs.operations;

import java.util.Optional;
import kr.academy.jobs.JobQueue;

/**
 * Proof that a queue's consumer is alive: a worker notes each probe it receives. Probes are
 * platform data, not an academy's, and expire on their own.
 */
public interface ProbeReceipts {

  void received(String nonce, JobQueue queue);

  /** The queue whose worker received the probe, if one did. */
  Optional<JobQueue> receivedBy(String nonce);
}
