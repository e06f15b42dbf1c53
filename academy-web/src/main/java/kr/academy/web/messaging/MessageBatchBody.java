package kr.academy.web.messaging;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kr.academy.messaging.BatchView;
import kr.academy.messaging.MessageBatch;
import kr.academy.messaging.MessageContent;
import kr.academy.messaging.RecipientStatus;
import kr.academy.messaging.RecipientView;
import kr.academy.web.PageBody;

/**
 * A batch as the API shows it: the text as sent, counts by recipient status, and on the detail
 * endpoint one page of its recipients.
 */
public record MessageBatchBody(
    String batchId,
    BatchView.Status status,
    String kind,
    String type,
    String fallbackType,
    String subject,
    String text,
    String templateCode,
    boolean advertisement,
    Instant scheduledAt,
    Instant cancelledAt,
    Instant createdAt,
    int total,
    Map<String, Integer> counts,
    PageBody<RecipientView> recipients) {

  static MessageBatchBody of(BatchView view) {
    return of(view, null);
  }

  static MessageBatchBody of(BatchView view, PageBody<RecipientView> recipients) {
    MessageBatch batch = view.batch();
    MessageContent content = batch.content();
    Map<String, Integer> counts = new TreeMap<>();
    for (RecipientStatus status : RecipientStatus.values()) {
      counts.put(status.name().toLowerCase(Locale.ROOT), view.count(status));
    }
    return new MessageBatchBody(
        batch.batchId().toString(),
        view.status(),
        batch.kind().name(),
        content.type().name(),
        content.fallbackType() == null ? null : content.fallbackType().name(),
        content.subject(),
        content.text(),
        content.templateCode(),
        batch.advertisement(),
        batch.scheduledAt().orElse(null),
        batch.cancelledAt().orElse(null),
        batch.createdAt(),
        batch.recipients(),
        counts,
        recipients);
  }
}
