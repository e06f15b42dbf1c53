package kr.academy.jobs.outbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sends one batch of the outbox and deletes what was sent, in one transaction that holds the rows
 * so no other relay sends them meanwhile.
 */
@Stateless
public class OutboxSender {

  static final int BATCH = 100;

  @Inject OutboxRepository outbox;
  @Inject QueueSender queues;

  /** How many were sent; fewer than {@link #BATCH} means the outbox is drained or SQS failed. */
  public int sendBatch() {
    List<OutboxRepository.Pending> rows = outbox.lockOldest(BATCH);
    if (rows.isEmpty()) {
      return 0;
    }
    int sent =
        queues.send(
            rows.stream()
                .map(row -> new QueueSender.Outgoing(row.queue(), row.body(), row.traceParent()))
                .toList());
    if (sent > 0) {
      outbox.delete(rows.subList(0, sent).stream().map(OutboxRepository.Pending::id).toList());
    }
    return sent;
  }
}
