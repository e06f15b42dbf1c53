package kr.academy.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.messaging.BatchDelivery;
import kr.academy.messaging.MessageBatch;
import kr.academy.messaging.MessageRecipientRepository.SentText;
import kr.academy.messaging.MessageType;
import kr.academy.messaging.OutgoingText;
import kr.academy.messaging.RecipientStatus;
import kr.academy.messaging.Settlement;

/**
 * Batches and their texts in memory, one row per text as the database keeps them: claimed in the
 * order they were added, settled as the provider's word says, a null in a settlement keeping what
 * the row has.
 */
public final class InMemoryBatchDelivery implements BatchDelivery {

  /** One recipient's row as it stands. */
  public record Text(
      long recipientId,
      String phone,
      RecipientStatus status,
      UUID key,
      MessageType type,
      int attempts,
      Instant sendingAt,
      Instant sendAfter,
      String reason,
      String statusCode,
      String messageId,
      String groupId) {}

  private final Clock clock;
  private final Map<UUID, MessageBatch> batches = new LinkedHashMap<>();
  private final Map<UUID, List<Long>> textsOf = new LinkedHashMap<>();
  private final Map<Long, Text> texts = new LinkedHashMap<>();
  private final Set<String> optedOut = new LinkedHashSet<>();
  private final List<UUID> finished = new ArrayList<>();
  private long nextId = 1;

  public InMemoryBatchDelivery(Clock clock) {
    this.clock = clock;
  }

  /** The batch with one QUEUED text of its type to each phone. */
  public void add(MessageBatch batch, MessageType type, List<String> phones) {
    batches.put(batch.batchId(), batch);
    List<Long> ids = textsOf.computeIfAbsent(batch.batchId(), b -> new ArrayList<>());
    for (String phone : phones) {
      long id = nextId++;
      ids.add(id);
      texts.put(
          id,
          new Text(
              id,
              phone,
              RecipientStatus.QUEUED,
              UUID.randomUUID(),
              type,
              0,
              null,
              null,
              null,
              null,
              null,
              null));
    }
  }

  /** The batch's texts, in the order they were added. */
  public List<Text> texts(MessageBatch batch) {
    return textsOf.get(batch.batchId()).stream().map(texts::get).toList();
  }

  public Text text(MessageBatch batch, String phone) {
    return texts(batch).stream()
        .filter(text -> text.phone().equals(phone))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no text to " + phone));
  }

  /** Numbers the provider reported as opted out. */
  public Set<String> optedOut() {
    return Set.copyOf(optedOut);
  }

  /** Batches a job finished with, in order. */
  public List<UUID> finished() {
    return List.copyOf(finished);
  }

  @Override
  public Optional<MessageBatch> batch(UUID batchId) {
    return Optional.ofNullable(batches.get(batchId));
  }

  @Override
  public List<OutgoingText> inDoubt(MessageBatch batch) {
    return texts(batch).stream()
        .filter(text -> text.status() == RecipientStatus.SENDING)
        .map(InMemoryBatchDelivery::outgoing)
        .toList();
  }

  @Override
  public List<OutgoingText> claim(MessageBatch batch, int max) {
    Instant now = clock.instant();
    List<OutgoingText> claimed = new ArrayList<>();
    for (Text text : texts(batch)) {
      if (claimed.size() == max) {
        break;
      }
      if (text.status() == RecipientStatus.QUEUED
          && (text.sendAfter() == null || !text.sendAfter().isAfter(now))) {
        Text sending =
            new Text(
                text.recipientId(),
                text.phone(),
                RecipientStatus.SENDING,
                text.key(),
                text.type(),
                text.attempts() + 1,
                now,
                text.sendAfter(),
                text.reason(),
                text.statusCode(),
                text.messageId(),
                text.groupId());
        texts.put(text.recipientId(), sending);
        claimed.add(outgoing(sending));
      }
    }
    return claimed;
  }

  @Override
  public void settle(List<Settlement> settlements, Collection<String> optedOut) {
    for (Settlement s : settlements) {
      Text text = texts.get(s.recipientId());
      texts.put(
          text.recipientId(),
          new Text(
              text.recipientId(),
              text.phone(),
              s.status(),
              Objects.requireNonNullElse(s.key(), text.key()),
              Objects.requireNonNullElse(s.type(), text.type()),
              text.attempts(),
              text.sendingAt(),
              s.sendAfter() != null ? s.sendAfter() : text.sendAfter(),
              s.reason() != null ? s.reason() : text.reason(),
              s.statusCode() != null ? s.statusCode() : text.statusCode(),
              s.messageId() != null ? s.messageId() : text.messageId(),
              s.groupId() != null ? s.groupId() : text.groupId()));
    }
    this.optedOut.addAll(optedOut);
  }

  @Override
  public List<SentText> awaitingReports(MessageBatch batch) {
    return texts(batch).stream()
        .filter(text -> text.status() == RecipientStatus.SENT && text.groupId() != null)
        .map(
            text ->
                new SentText(
                    text.recipientId(),
                    text.phone(),
                    text.messageId(),
                    text.groupId(),
                    text.type(),
                    text.attempts()))
        .toList();
  }

  @Override
  public Map<RecipientStatus, Integer> finish(UUID batchId) {
    finished.add(batchId);
    Map<RecipientStatus, Integer> counts = new EnumMap<>(RecipientStatus.class);
    texts(batches.get(batchId)).forEach(text -> counts.merge(text.status(), 1, Integer::sum));
    return counts;
  }

  private static OutgoingText outgoing(Text text) {
    return new OutgoingText(
        text.recipientId(),
        text.key(),
        text.phone(),
        text.type(),
        text.attempts(),
        text.sendingAt());
  }
}
