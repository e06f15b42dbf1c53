package kr.academy.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.academy.jobs.ProgressReporter;
import kr.academy.messaging.MessageRecipientRepository.SentText;

/**
 * MESSAGE_SEND's workflow: sends a batch's released texts, exactly once each, and reads their
 * delivery reports.
 *
 * <p>Each text's idempotency key is committed (SENDING) before the provider call and travels with
 * the text. If the call ends in doubt (a crash, a timeout, a 5xx), the texts stay SENDING; the next
 * attempt first asks the provider which of those keys it received, and sends only the rest. So a
 * redelivered job, a worker killed mid-call or a repeated wake never texts anyone twice.
 *
 * <p>An attempt may take the job over as soon as the lease of the one before lapsed, which may be
 * while that one's call is still under way (its worker cut off from the database) or still being
 * taken in by the provider (its worker killed as it sent). So it asks about texts in doubt only
 * once every call that can carry them has ended: {@link TextProvider#callTimeout} after their
 * claim.
 */
@ApplicationScoped
public class SendMessageBatch {

  /** Sending, then reading reports, may need another turn: an AlimTalk's SMS fallback. */
  private static final int ROUNDS = 3;

  private BatchDelivery delivery;
  private TextProvider provider;
  private MessagingConfig config;
  private Clock clock;

  /** For CDI's proxy. */
  protected SendMessageBatch() {}

  @Inject
  public SendMessageBatch(
      BatchDelivery delivery, TextProvider provider, MessagingConfig config, Clock clock) {
    this.delivery = delivery;
    this.provider = provider;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Sends what is due and reads the reports; the result counts the batch's texts by status. Empty
   * when the academy has no such batch. A provider that cannot be reached fails the attempt and
   * leaves the texts of the call in doubt for the next one.
   */
  public Optional<JsonObject> send(UUID batchId, ProgressReporter progress)
      throws TextProvider.Unavailable, TextProvider.Refused, InterruptedException {
    Optional<MessageBatch> found = delivery.batch(batchId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MessageBatch batch = found.get();
    MessageContent content = batch.content();
    progress.progress(1, "checking texts left in doubt");
    recoverInDoubt(batch, content, progress);
    for (int round = 0; round < ROUNDS; round++) {
      sendDue(batch, content, progress);
      if (!readReports(batch, content)) {
        break;
      }
    }
    Map<RecipientStatus, Integer> counts = delivery.finish(batchId);
    JsonObjectBuilder result = Json.createObjectBuilder().add("batchId", batchId.toString());
    counts.forEach((status, n) -> result.add(status.name().toLowerCase(Locale.ROOT), n));
    return Optional.of(result.build());
  }

  private TextVerdicts verdicts() {
    return new TextVerdicts(config.maxAttempts(), config.retryDelay(), clock.instant());
  }

  /**
   * Texts a lost call may have delivered: those the provider has are settled, the rest re-queued.
   */
  private void recoverInDoubt(MessageBatch batch, MessageContent content, ProgressReporter progress)
      throws TextProvider.Unavailable, TextProvider.Refused, InterruptedException {
    List<OutgoingText> doubtful = delivery.inDoubt(batch);
    if (doubtful.isEmpty()) {
      return;
    }
    Instant callsEnded =
        doubtful.stream()
            .map(OutgoingText::sendingAt)
            .max(Comparator.naturalOrder())
            .orElseThrow()
            .plus(provider.callTimeout());
    Duration wait = Duration.between(clock.instant(), callsEnded);
    if (wait.compareTo(Duration.ZERO) > 0) {
      progress.progress(1, "waiting for an earlier call to the provider to end");
      Thread.sleep(wait.toMillis());
    }
    Instant since =
        doubtful.stream()
            .map(OutgoingText::sendingAt)
            .min(Comparator.naturalOrder())
            .orElseThrow()
            .minus(Duration.ofMinutes(1));
    Map<UUID, ProviderReceipt> found =
        provider.findSent(
            batch.senderNumber(), since, doubtful.stream().map(OutgoingText::key).toList());
    TextVerdicts.Outcome outcome = verdicts().afterSend(doubtful, found, content, true);
    delivery.settle(outcome.settlements(), outcome.optedOut());
  }

  private void sendDue(MessageBatch batch, MessageContent content, ProgressReporter progress)
      throws TextProvider.Unavailable {
    int sent = 0;
    List<OutgoingText> texts;
    while (!(texts = delivery.claim(batch, config.perRequest())).isEmpty()) {
      Map<UUID, ProviderReceipt> receipts;
      try {
        receipts = provider.send(batch.senderNumber(), content, texts);
      } catch (TextProvider.Refused e) {
        delivery.settle(verdicts().refused(texts, e.getMessage()), List.of());
        continue;
      }
      TextVerdicts.Outcome outcome = verdicts().afterSend(texts, receipts, content, false);
      delivery.settle(outcome.settlements(), outcome.optedOut());
      sent += texts.size();
      progress.progress(
          Math.min(95, 5 + (int) (90L * sent / Math.max(sent, batch.recipients()))),
          sent + " texts handed to the provider");
    }
  }

  /** Reads the reports of sent texts; true when one was queued again to go now (a fallback). */
  private boolean readReports(MessageBatch batch, MessageContent content) {
    Map<String, List<SentText>> byGroup =
        delivery.awaitingReports(batch).stream()
            .collect(
                Collectors.groupingBy(SentText::groupId, LinkedHashMap::new, Collectors.toList()));
    boolean requeued = false;
    for (Map.Entry<String, List<SentText>> group : byGroup.entrySet()) {
      Map<String, ProviderReceipt> reports;
      try {
        reports = provider.reports(group.getKey());
      } catch (TextProvider.Unavailable | TextProvider.Refused e) {
        // Reports are read again at the batch's next wake.
        return requeued;
      }
      TextVerdicts.Outcome outcome = verdicts().afterReport(group.getValue(), reports, content);
      delivery.settle(outcome.settlements(), outcome.optedOut());
      requeued |= outcome.requeuedNow();
    }
    return requeued;
  }
}
