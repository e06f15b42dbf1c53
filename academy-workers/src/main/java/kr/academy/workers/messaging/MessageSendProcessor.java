package kr.academy.workers.messaging;

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
import java.util.UUID;
import java.util.stream.Collectors;
import kr.academy.jobs.JobType;
import kr.academy.messaging.MessageBatch;
import kr.academy.messaging.MessageContent;
import kr.academy.messaging.MessageDelivery;
import kr.academy.messaging.MessageRecipientRepository.SentText;
import kr.academy.messaging.MessagingConfig;
import kr.academy.messaging.OutgoingText;
import kr.academy.messaging.ProviderReceipt;
import kr.academy.messaging.RecipientStatus;
import kr.academy.messaging.TextProvider;
import kr.academy.messaging.TextVerdicts;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * MESSAGE_SEND: sends a batch's released texts, exactly once each, and reads their delivery
 * reports.
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
public class MessageSendProcessor implements JobProcessor {

  /** Sending, then reading reports, may need another turn: an AlimTalk's SMS fallback. */
  private static final int ROUNDS = 3;

  @Inject MessageDelivery delivery;
  @Inject TextProvider provider;
  @Inject MessagingConfig config;
  @Inject Clock clock;

  @Override
  public JobType type() {
    return JobType.MESSAGE_SEND;
  }

  @Override
  public JsonObject process(JobRun run) throws Exception {
    UUID batchId;
    try {
      batchId = UUID.fromString(run.input().getString("batchId"));
    } catch (RuntimeException e) {
      throw new JobRun.Refused("the job names no message batch");
    }
    MessageBatch batch =
        delivery
            .batch(batchId)
            .orElseThrow(() -> new JobRun.Refused("message batch " + batchId + " not found"));
    MessageContent content = batch.content();
    run.progress(1, "checking texts left in doubt");
    recoverInDoubt(batch, content, run);
    for (int round = 0; round < ROUNDS; round++) {
      sendDue(batch, content, run);
      if (!readReports(batch, content)) {
        break;
      }
    }
    Map<RecipientStatus, Integer> counts = delivery.finish(batchId);
    JsonObjectBuilder result = Json.createObjectBuilder().add("batchId", batchId.toString());
    counts.forEach((status, n) -> result.add(status.name().toLowerCase(Locale.ROOT), n));
    return result.build();
  }

  private TextVerdicts verdicts() {
    return new TextVerdicts(config.maxAttempts(), config.retryDelay(), clock.instant());
  }

  /**
   * Texts a lost call may have delivered: those the provider has are settled, the rest re-queued.
   */
  private void recoverInDoubt(MessageBatch batch, MessageContent content, JobRun run)
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
      run.progress(1, "waiting for an earlier call to the provider to end");
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

  private void sendDue(MessageBatch batch, MessageContent content, JobRun run)
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
      run.progress(
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
