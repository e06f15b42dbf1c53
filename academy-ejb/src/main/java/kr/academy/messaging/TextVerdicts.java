package kr.academy.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the provider's word on texts into changes to their rows ({@link ProviderStatus}): sent,
 * delivered, failed with a reason, retried later with a new key, or (an AlimTalk to someone without
 * KakaoTalk, when the academy allows it) queued again as an SMS/LMS.
 */
public final class TextVerdicts {

  /** The changes, the numbers to add to the opt-out list, and whether a text must go again now. */
  public record Outcome(List<Settlement> settlements, List<String> optedOut, boolean requeuedNow) {}

  static final String FALLBACK = "카카오톡 미사용자라 문자로 대신 보냅니다";
  static final String RETRYING = "일시적인 오류로 다시 보냅니다: ";
  static final String NOT_ACCEPTED = "Solapi가 받지 않았습니다: ";

  private final int maxAttempts;
  private final Duration retryDelay;
  private final Instant now;

  public TextVerdicts(int maxAttempts, Duration retryDelay, Instant now) {
    this.maxAttempts = maxAttempts;
    this.retryDelay = retryDelay;
    this.now = now;
  }

  /**
   * After a send, or after asking which texts of a call in doubt arrived ({@code recovering}): a
   * text the provider does not mention was not received, so it is queued again with its key.
   */
  public Outcome afterSend(
      List<OutgoingText> texts,
      Map<UUID, ProviderReceipt> receipts,
      MessageContent content,
      boolean recovering) {
    Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), false);
    for (OutgoingText text : texts) {
      ProviderReceipt receipt = receipts.get(text.key());
      if (receipt == null || receipt.statusCode() == null) {
        outcome
            .settlements()
            .add(
                recovering
                    ? settle(text.recipientId(), RecipientStatus.QUEUED, null, null)
                    : settle(text.recipientId(), RecipientStatus.SENDING, null, null));
        continue;
      }
      outcome =
          judge(
              outcome,
              text.recipientId(),
              text.phone(),
              text.type(),
              text.attempts(),
              receipt,
              content);
    }
    return outcome;
  }

  /** After reading delivery reports; a text still on its way (2000, 3000) is left as it is. */
  public Outcome afterReport(
      Collection<MessageRecipientRepository.SentText> texts,
      Map<String, ProviderReceipt> reports,
      MessageContent content) {
    Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>(), false);
    for (MessageRecipientRepository.SentText text : texts) {
      ProviderReceipt report = reports.get(text.messageId());
      if (report == null
          || report.statusCode() == null
          || ProviderStatus.of(report.statusCode()) == ProviderStatus.Verdict.SENT) {
        continue;
      }
      outcome =
          judge(
              outcome,
              text.recipientId(),
              text.phone(),
              text.type(),
              text.attempts(),
              report,
              content);
    }
    return outcome;
  }

  /** The provider refused a whole request: its texts failed with the provider's reason. */
  public List<Settlement> refused(List<OutgoingText> texts, String reason) {
    return texts.stream()
        .map(t -> settle(t.recipientId(), RecipientStatus.FAILED, NOT_ACCEPTED + reason, null))
        .toList();
  }

  private Outcome judge(
      Outcome outcome,
      long recipient,
      String phone,
      MessageType type,
      int attempts,
      ProviderReceipt receipt,
      MessageContent content) {
    String code = receipt.statusCode();
    String reason = ProviderStatus.reason(code, receipt.statusMessage());
    List<Settlement> changes = outcome.settlements();
    boolean requeuedNow = outcome.requeuedNow();
    switch (ProviderStatus.of(code)) {
      case SENT -> changes.add(provider(recipient, RecipientStatus.SENT, null, receipt));
      case DELIVERED -> changes.add(provider(recipient, RecipientStatus.DELIVERED, null, receipt));
      case OPTED_OUT -> {
        changes.add(provider(recipient, RecipientStatus.FAILED, reason, receipt));
        if (phone != null) {
          outcome.optedOut().add(phone);
        }
      }
      case RETRY -> {
        if (attempts < maxAttempts) {
          changes.add(
              new Settlement(
                  recipient,
                  RecipientStatus.QUEUED,
                  RETRYING + reason,
                  code,
                  receipt.messageId(),
                  receipt.groupId(),
                  UUID.randomUUID(),
                  null,
                  now.plus(retryDelay)));
        } else {
          changes.add(provider(recipient, RecipientStatus.FAILED, reason, receipt));
        }
      }
      case NOT_KAKAO_USER -> {
        if (type == MessageType.ATA && content.fallbackType() != null) {
          changes.add(
              new Settlement(
                  recipient,
                  RecipientStatus.QUEUED,
                  FALLBACK,
                  code,
                  receipt.messageId(),
                  receipt.groupId(),
                  UUID.randomUUID(),
                  content.fallbackType(),
                  now));
          requeuedNow = true;
        } else {
          changes.add(provider(recipient, RecipientStatus.FAILED, reason, receipt));
        }
      }
      case FAILED -> changes.add(provider(recipient, RecipientStatus.FAILED, reason, receipt));
    }
    return new Outcome(changes, outcome.optedOut(), requeuedNow);
  }

  private static Settlement provider(
      long recipient, RecipientStatus status, String reason, ProviderReceipt receipt) {
    return new Settlement(
        recipient,
        status,
        reason,
        receipt.statusCode(),
        receipt.messageId(),
        receipt.groupId(),
        null,
        null,
        null);
  }

  private static Settlement settle(
      long recipient, RecipientStatus status, String reason, String code) {
    return new Settlement(recipient, status, reason, code, null, null, null, null, null);
  }
}
