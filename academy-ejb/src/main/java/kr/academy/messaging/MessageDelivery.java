package kr.academy.messaging;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kr.academy.tenancy.TenantBound;

/**
 * The messaging worker's side of a batch, one short transaction per step: claim texts (recording
 * their keys before the provider is called), settle them after its answer, and finally say when the
 * platform must look at the batch again.
 */
@Stateless
@Local(BatchDelivery.class)
@TenantBound
public class MessageDelivery implements BatchDelivery {

  @Inject MessageBatchRepository batches;
  @Inject MessageRecipientRepository recipients;
  @Inject PhoneListRepository lists;
  @Inject MessagingConfig config;
  @Inject Clock clock;

  @Override
  public Optional<MessageBatch> batch(UUID batchId) {
    return batches.find(batchId);
  }

  @Override
  public List<OutgoingText> inDoubt(MessageBatch batch) {
    return recipients.inDoubt(batch.id());
  }

  @Override
  public List<OutgoingText> claim(MessageBatch batch, int max) {
    return recipients.claim(batch.id(), clock.instant(), max);
  }

  @Override
  public void settle(List<Settlement> settlements, Collection<String> optedOut) {
    recipients.settle(settlements, clock.instant());
    lists.addAll(PhoneList.OPT_OUT, optedOut, PhoneList.Source.PROVIDER);
  }

  @Override
  public List<MessageRecipientRepository.SentText> awaitingReports(MessageBatch batch) {
    return recipients.awaitingReports(batch.id());
  }

  /**
   * The job is done with the batch. It wakes again for the next held text, for texts left in doubt
   * or waiting to be retried, and to read the reports of sent texts until the report window closes.
   */
  @Override
  public Map<RecipientStatus, Integer> finish(UUID batchId) {
    MessageBatch batch = batches.lock(batchId).orElseThrow();
    Instant now = clock.instant();
    Map<RecipientStatus, Integer> counts = recipients.counts(batch.id());
    Optional<Instant> release = recipients.nextRelease(batch.id());
    Optional<Instant> retry =
        counts.getOrDefault(RecipientStatus.SENDING, 0) > 0
            ? Optional.of(now.plus(config.retryDelay()))
            : Optional.empty();
    boolean reporting =
        counts.getOrDefault(RecipientStatus.SENT, 0) > 0
            && now.isBefore(batch.createdAt().plus(config.reportWindow()));
    Optional<Instant> reports =
        reporting ? Optional.of(now.plus(config.reportInterval())) : Optional.empty();
    batch.rest(
        Stream.of(release, retry, reports)
            .flatMap(Optional::stream)
            .min(Instant::compareTo)
            .orElse(null),
        now);
    return counts;
  }
}
