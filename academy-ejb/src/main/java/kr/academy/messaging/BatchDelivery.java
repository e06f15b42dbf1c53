package kr.academy.messaging;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What sending a batch needs from the platform's record of its texts, each call committed on its
 * own: a text's key is on record before the provider is called, and the provider's word after.
 */
public interface BatchDelivery {

  Optional<MessageBatch> batch(UUID batchId);

  /** Texts left SENDING by a provider call that ended in doubt (a crash, a timeout). */
  List<OutgoingText> inDoubt(MessageBatch batch);

  /** Up to {@code max} due texts become SENDING, their keys recorded for the call about to go. */
  List<OutgoingText> claim(MessageBatch batch, int max);

  /** Applies the provider's word; numbers it reported as opted out join the opt-out list. */
  void settle(List<Settlement> settlements, Collection<String> optedOut);

  /** Sent texts waiting for their delivery report. */
  List<MessageRecipientRepository.SentText> awaitingReports(MessageBatch batch);

  /** The job is done with the batch for now; the batch's texts counted by status. */
  Map<RecipientStatus, Integer> finish(UUID batchId);
}
