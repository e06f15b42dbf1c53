package kr.academy.messaging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.PhoneNumber;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobRequestLedger;
import kr.academy.jobs.JobType;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantRepository;

/**
 * The bound academy's message batches as the API and the wake timer change them. A batch, its
 * recipients, its quota and its job commit together: an accepted batch is never lost, and one
 * refused (settings, quota, no valid recipient) leaves nothing behind.
 */
@Stateless
@TenantBound
public class MessageBatches {

  /** A scheduled send may be a little in the past by the time it arrives. */
  private static final Duration SCHEDULE_SLACK = Duration.ofMinutes(1);

  private static final Duration SCHEDULE_HORIZON = Duration.ofDays(183);
  private static final int REASONS_SHOWN = 20;

  @Inject MessageBatchRepository batches;
  @Inject MessageRecipientRepository recipients;
  @Inject PhoneListRepository lists;
  @Inject MessageQuotaRepository quota;
  @Inject MessagingSettingsRepository settings;
  @Inject TenantRepository tenants;
  @Inject TenantContext tenant;
  @Inject JobRequestLedger jobs;
  @Inject MessagingConfig config;
  @Inject Clock clock;

  public Optional<MessageBatch> findByIdempotencyKey(String key) {
    return batches.findByIdempotencyKey(key);
  }

  /** Records the batch; an idempotency key seen before fails with a unique violation. */
  public MessageBatch create(MessageRequest request) {
    MessagingSettings sender =
        settings
            .find()
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "MESSAGING_SETTINGS_MISSING",
                        "set the sender number with PUT /api/v1/messaging/settings before"
                            + " sending texts",
                        List.of(new DomainException.Detail("senderNumber", "not set"))));
    Instant now = clock.instant();
    Instant sendAt = checkRecipientsAndTime(request, now);
    MessageContent content = MessageContent.compose(request.draft(), sender);
    Map<Long, RecipientPlan.Contact> contacts =
        recipients.contacts(request.recipients().studentIds());
    Set<String> phones = candidatePhones(request.recipients(), contacts);
    RecipientPlan.Lists known =
        new RecipientPlan.Lists(
            lists.contained(PhoneList.OPT_OUT, phones),
            content.advertisement() ? lists.contained(PhoneList.NIGHT_CONSENT, phones) : Set.of());
    List<RecipientPlan.Row> rows =
        RecipientPlan.of(
            request.recipients(), contacts, known, sendAt, now, content.advertisement());
    List<RecipientPlan.Row> invalid =
        rows.stream().filter(r -> r.status() == RecipientStatus.INVALID).toList();
    int texts = rows.size() - invalid.size();
    if (texts == 0) {
      throw new DomainException(
          DomainException.Kind.UNPROCESSABLE,
          "NO_VALID_RECIPIENTS",
          "none of the " + rows.size() + " recipients can be texted",
          invalid.stream()
              .limit(REASONS_SHOWN)
              .map(r -> new DomainException.Detail(r.given(), r.reason()))
              .toList());
    }
    LocalDate month = YearMonth.from(sendAt.atZone(AdvertisingHours.KOREA)).atDay(1);
    reserve(month, texts);
    MessageBatch batch =
        MessageBatch.create(
            request, content, sender.senderNumber(), month, rows.size(), invalid.size(), now);
    batches.add(batch);
    batches.flush();
    recipients.insert(batch.id(), rows, content.type(), now);
    if (rows.stream().anyMatch(r -> r.status() == RecipientStatus.QUEUED)) {
      startJob(batch, request.requestedBy(), now);
    } else {
      batch.sleepUntil(recipients.nextRelease(batch.id()).orElseThrow(), now);
    }
    return batch;
  }

  private Instant checkRecipientsAndTime(MessageRequest request, Instant now) {
    MessageRequest.Recipients to = request.recipients();
    if (to.size() == 0) {
      throw DomainException.invalid(
          "recipients", "recipients needs studentIds (with a target) or phones");
    }
    if (!to.studentIds().isEmpty() && to.target() == null) {
      throw DomainException.invalid(
          "recipients.target", "recipients.target is required with studentIds");
    }
    if (to.size() > config.maxRecipients()) {
      throw DomainException.invalid(
          "recipients",
          "a batch may text at most " + config.maxRecipients() + " recipients, not " + to.size());
    }
    Instant at = request.scheduledAt();
    if (at == null) {
      return now;
    }
    if (at.isBefore(now.minus(SCHEDULE_SLACK))) {
      throw DomainException.invalid("scheduledAt", "scheduledAt is in the past: " + at);
    }
    if (at.isAfter(now.plus(SCHEDULE_HORIZON))) {
      throw DomainException.invalid(
          "scheduledAt", "scheduledAt may be at most six months ahead: " + at);
    }
    return at.isBefore(now) ? now : at;
  }

  private static Set<String> candidatePhones(
      MessageRequest.Recipients to, Map<Long, RecipientPlan.Contact> contacts) {
    Set<String> phones = new HashSet<>();
    contacts
        .values()
        .forEach(
            c -> {
              phones.add(c.parentPhone());
              if (c.phone() != null) {
                phones.add(c.phone());
              }
            });
    for (String raw : to.phones()) {
      try {
        phones.add(PhoneNumber.parse(raw, PhoneNumber.Usage.MOBILE, "phone").digits());
      } catch (DomainException e) {
        // The plan lists it as invalid with its reason.
      }
    }
    return phones;
  }

  private void reserve(LocalDate month, int texts) {
    int limit =
        tenants
            .find(tenant.require())
            .flatMap(t -> t.monthlyMessageQuota())
            .orElse(config.monthlyQuota());
    if (!quota.reserve(month, texts, limit)) {
      int used = quota.used(month);
      throw new DomainException(
          DomainException.Kind.LIMIT_REACHED,
          "MESSAGE_QUOTA_EXCEEDED",
          "this batch has "
              + texts
              + " texts, but only "
              + Math.max(0, limit - used)
              + " of the academy's "
              + limit
              + " are left for "
              + YearMonth.from(month)
              + "; nothing was sent",
          List.of(new DomainException.Detail("quota", used + " of " + limit + " used")));
    }
  }

  private void startJob(MessageBatch batch, Long requestedBy, Instant now) {
    String input =
        Json.createObjectBuilder().add("batchId", batch.batchId().toString()).build().toString();
    Job job = jobs.submit(new JobRequest(JobType.MESSAGE_SEND, input, null, requestedBy));
    batch.assign(job.jobId(), now.plus(config.lostWorkerAfter()), now);
  }

  public Optional<BatchView> find(UUID batchId) {
    return batches.find(batchId).map(b -> new BatchView(b, recipients.counts(b.id())));
  }

  public Page<BatchView> list(PageRequest page) {
    Page<MessageBatch> found = batches.page(page);
    Map<Long, Map<RecipientStatus, Integer>> counts =
        recipients.counts(found.items().stream().map(MessageBatch::id).toList());
    return found.map(b -> new BatchView(b, counts.getOrDefault(b.id(), Map.of())));
  }

  public Optional<Page<RecipientView>> recipients(
      UUID batchId, RecipientStatus status, PageRequest page) {
    return batches.find(batchId).map(b -> recipients.page(b.id(), status, page));
  }

  /**
   * Cancels the texts not yet released (all of a scheduled batch; those held until morning of an
   * advertisement) and gives their quota back. Refused when nothing is held any more.
   */
  public Optional<BatchView> cancel(UUID batchId) {
    Optional<MessageBatch> found = batches.lock(batchId);
    found.ifPresent(
        batch -> {
          Instant now = clock.instant();
          int cancelled = recipients.cancelScheduled(batch.id(), now);
          if (cancelled == 0) {
            throw new DomainException(
                DomainException.Kind.CONFLICT,
                "BATCH_ALREADY_RELEASED",
                "nothing of this batch is waiting any more: its texts were released to be sent");
          }
          batch.cancel(now);
          quota.release(batch.quotaMonth(), cancelled);
        });
    return found.map(b -> new BatchView(b, recipients.counts(b.id())));
  }

  /**
   * The wake timer's turn at a due batch: held texts whose time has come are released, and a job
   * sends them (and reads reports of those sent). While another job still works on the batch, the
   * batch waits for it.
   */
  public void wake(UUID batchId) {
    Optional<MessageBatch> found = batches.lock(batchId);
    if (found.isEmpty()) {
      return;
    }
    MessageBatch batch = found.get();
    Instant now = clock.instant();
    if (!batch.due(now)) {
      return;
    }
    if (batch.job().flatMap(jobs::find).map(j -> !j.status().isFinal()).orElse(false)) {
      batch.sleepUntil(now.plus(config.lostWorkerAfter()), now);
      return;
    }
    recipients.release(batch.id(), now);
    Map<RecipientStatus, Integer> counts = recipients.counts(batch.id());
    int work =
        counts.getOrDefault(RecipientStatus.QUEUED, 0)
            + counts.getOrDefault(RecipientStatus.SENDING, 0)
            + counts.getOrDefault(RecipientStatus.SENT, 0);
    if (work == 0) {
      batch.rest(recipients.nextRelease(batch.id()).orElse(null), now);
      return;
    }
    startJob(batch, batch.createdBy(), now);
  }
}
