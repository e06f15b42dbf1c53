package kr.academy.messaging;

import java.util.EnumMap;
import java.util.Map;

/** A batch with its recipients counted by status. */
public record BatchView(MessageBatch batch, Map<RecipientStatus, Integer> counts) {

  /** Where the batch as a whole stands. */
  public enum Status {
    /** Nothing released yet. */
    SCHEDULED,
    /** Some texts are held, queued or being sent. */
    SENDING,
    /** Every text was sent, failed or cancelled; delivery reports may still arrive. */
    DONE,
    /** Cancelled before any text was released. */
    CANCELLED
  }

  public BatchView {
    counts = new EnumMap<>(counts.isEmpty() ? Map.of(RecipientStatus.INVALID, 0) : counts);
  }

  public int count(RecipientStatus status) {
    return counts.getOrDefault(status, 0);
  }

  public Status status() {
    int held = count(RecipientStatus.SCHEDULED);
    int active = count(RecipientStatus.QUEUED) + count(RecipientStatus.SENDING);
    int finished =
        count(RecipientStatus.SENT)
            + count(RecipientStatus.DELIVERED)
            + count(RecipientStatus.FAILED);
    if (active == 0 && finished == 0) {
      if (held > 0) {
        return Status.SCHEDULED;
      }
      if (batch.cancelledAt().isPresent()) {
        return Status.CANCELLED;
      }
    }
    return held + active > 0 ? Status.SENDING : Status.DONE;
  }
}
