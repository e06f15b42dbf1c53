package kr.academy.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.operations.ProbeReceipts;

/** Probes noted in memory. */
public final class InMemoryProbeReceipts implements ProbeReceipts {

  private final Map<String, JobQueue> received = new HashMap<>();

  @Override
  public void received(String nonce, JobQueue queue) {
    received.put(nonce, queue);
  }

  @Override
  public Optional<JobQueue> receivedBy(String nonce) {
    return Optional.ofNullable(received.get(nonce));
  }
}
