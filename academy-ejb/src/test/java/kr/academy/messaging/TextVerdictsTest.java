package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.academy.messaging.MessageRecipientRepository.SentText;
import kr.academy.messaging.TextVerdicts.Outcome;
import org.junit.jupiter.api.Test;

class TextVerdictsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");
  private static final Duration RETRY_DELAY = Duration.ofMinutes(5);
  private static final String PHONE = "01012345678";
  private static final MessageContent SMS =
      new MessageContent(MessageType.SMS, null, null, "휴강 안내", null, null, null, false);
  private static final MessageContent ATA_WITH_FALLBACK =
      new MessageContent(
          MessageType.ATA, MessageType.SMS, null, "출석 안내", "TPL_1", "PF1", Map.of(), false);
  private static final MessageContent ATA_ONLY =
      new MessageContent(MessageType.ATA, null, null, "출석 안내", "TPL_1", "PF1", Map.of(), false);

  private final TextVerdicts verdicts = new TextVerdicts(3, RETRY_DELAY, NOW);

  private static OutgoingText text(long id, MessageType type, int attempts) {
    return new OutgoingText(id, UUID.randomUUID(), PHONE, type, attempts, NOW.minusSeconds(2));
  }

  private static ProviderReceipt receipt(OutgoingText text, String code, String message) {
    return new ProviderReceipt(text.key(), "M" + text.recipientId(), "G1", code, message);
  }

  private Outcome sent(OutgoingText text, String code, String message, MessageContent content) {
    return verdicts.afterSend(
        List.of(text), Map.of(text.key(), receipt(text, code, message)), content, false);
  }

  @Test
  void acceptedIsSent() {
    OutgoingText t = text(1, MessageType.SMS, 1);
    Outcome o = sent(t, "2000", "정상 접수", SMS);
    assertEquals(
        List.of(
            new Settlement(1, RecipientStatus.SENT, null, "2000", "M1", "G1", null, null, null)),
        o.settlements());
    assertTrue(o.optedOut().isEmpty());
    assertFalse(o.requeuedNow());
  }

  @Test
  void anOptedOutNumberFailsAndIsListed() {
    OutgoingText t = text(1, MessageType.SMS, 1);
    Outcome o = sent(t, "1061", "수신거부", SMS);
    assertEquals(
        List.of(
            new Settlement(
                1,
                RecipientStatus.FAILED,
                "[1061] 수신거부(080)한 번호입니다",
                "1061",
                "M1",
                "G1",
                null,
                null,
                null)),
        o.settlements());
    assertEquals(List.of(PHONE), o.optedOut());
  }

  @Test
  void anUnregisteredSenderFailsForGood() {
    OutgoingText t = text(1, MessageType.SMS, 1);
    Outcome o = sent(t, "1062", "발신번호 미등록", SMS);
    Settlement s = o.settlements().get(0);
    assertEquals(RecipientStatus.FAILED, s.status());
    assertEquals("[1062] 발신번호가 Solapi에 등록되지 않았습니다", s.reason());
    assertEquals(null, s.key());
    assertEquals(null, s.sendAfter());
    assertTrue(o.optedOut().isEmpty());
  }

  @Test
  void aTransientFailureIsRetriedLaterWithANewKey() {
    OutgoingText t = text(1, MessageType.SMS, 2);
    Outcome o = sent(t, "1024", "서버 오류", SMS);
    Settlement s = o.settlements().get(0);
    assertEquals(RecipientStatus.QUEUED, s.status());
    assertEquals("일시적인 오류로 다시 보냅니다: [1024] 서버 오류", s.reason());
    assertEquals("1024", s.statusCode());
    assertEquals("M1", s.messageId());
    assertNotNull(s.key());
    assertNotEquals(t.key(), s.key());
    assertEquals(null, s.type());
    assertEquals(NOW.plus(RETRY_DELAY), s.sendAfter());
    assertFalse(o.requeuedNow());
  }

  @Test
  void aTransientFailureOnTheLastAttemptFails() {
    OutgoingText t = text(1, MessageType.SMS, 3);
    Outcome o = sent(t, "1024", "서버 오류", SMS);
    assertEquals(
        List.of(
            new Settlement(
                1, RecipientStatus.FAILED, "[1024] 서버 오류", "1024", "M1", "G1", null, null, null)),
        o.settlements());
  }

  @Test
  void anAlimTalkToSomeoneWithoutKakaoFallsBackToText() {
    OutgoingText t = text(1, MessageType.ATA, 1);
    Outcome o = sent(t, "3104", "카카오톡 미사용자", ATA_WITH_FALLBACK);
    Settlement s = o.settlements().get(0);
    assertEquals(RecipientStatus.QUEUED, s.status());
    assertEquals(TextVerdicts.FALLBACK, s.reason());
    assertEquals("3104", s.statusCode());
    assertEquals(MessageType.SMS, s.type());
    assertEquals(NOW, s.sendAfter());
    assertNotNull(s.key());
    assertNotEquals(t.key(), s.key());
    assertTrue(o.requeuedNow());
  }

  @Test
  void withoutAFallbackAnAlimTalkToSomeoneWithoutKakaoFails() {
    OutgoingText t = text(1, MessageType.ATA, 1);
    Outcome o = sent(t, "3104", "카카오톡 미사용자", ATA_ONLY);
    Settlement s = o.settlements().get(0);
    assertEquals(RecipientStatus.FAILED, s.status());
    assertEquals("[3104] 카카오톡 사용자가 아닙니다", s.reason());
    assertEquals(null, s.type());
    assertFalse(o.requeuedNow());
  }

  @Test
  void theFallbackTextItselfDoesNotFallBackAgain() {
    OutgoingText t = text(1, MessageType.SMS, 1);
    Outcome o = sent(t, "3104", "카카오톡 미사용자", ATA_WITH_FALLBACK);
    assertEquals(RecipientStatus.FAILED, o.settlements().get(0).status());
    assertFalse(o.requeuedNow());
  }

  @Test
  void aTextTheProviderDoesNotMentionIsStillSendingOrQueuedWhenRecovering() {
    OutgoingText missing = text(1, MessageType.SMS, 1);
    OutgoingText noCode = text(2, MessageType.SMS, 1);
    Map<UUID, ProviderReceipt> receipts =
        Map.of(noCode.key(), new ProviderReceipt(noCode.key(), null, null, null, null));
    List<OutgoingText> texts = List.of(missing, noCode);

    Outcome sending = verdicts.afterSend(texts, receipts, SMS, false);
    assertEquals(
        List.of(
            new Settlement(1, RecipientStatus.SENDING, null, null, null, null, null, null, null),
            new Settlement(2, RecipientStatus.SENDING, null, null, null, null, null, null, null)),
        sending.settlements());

    Outcome recovering = verdicts.afterSend(texts, receipts, SMS, true);
    assertEquals(
        List.of(
            new Settlement(1, RecipientStatus.QUEUED, null, null, null, null, null, null, null),
            new Settlement(2, RecipientStatus.QUEUED, null, null, null, null, null, null, null)),
        recovering.settlements());
  }

  @Test
  void settlesEveryTextInOrderAndKeepsTheRequeueFlag() {
    OutgoingText fallback = text(1, MessageType.ATA, 1);
    OutgoingText accepted = text(2, MessageType.ATA, 1);
    OutgoingText missing = text(3, MessageType.ATA, 1);
    Outcome o =
        verdicts.afterSend(
            List.of(fallback, accepted, missing),
            Map.of(
                fallback.key(), receipt(fallback, "3104", null),
                accepted.key(), receipt(accepted, "2000", null)),
            ATA_WITH_FALLBACK,
            true);
    assertEquals(
        List.of(RecipientStatus.QUEUED, RecipientStatus.SENT, RecipientStatus.QUEUED),
        o.settlements().stream().map(Settlement::status).toList());
    assertEquals(
        List.of(1L, 2L, 3L), o.settlements().stream().map(Settlement::recipientId).toList());
    assertTrue(o.requeuedNow());
  }

  @Test
  void aDeliveryReportMarksTheTextDelivered() {
    SentText t = new SentText(7, "01012345678", "M7", "G1", MessageType.SMS, 1);
    Outcome o =
        verdicts.afterReport(
            List.of(t), Map.of("M7", new ProviderReceipt(null, "M7", "G1", "4000", "수신 완료")), SMS);
    assertEquals(
        List.of(
            new Settlement(
                7, RecipientStatus.DELIVERED, null, "4000", "M7", "G1", null, null, null)),
        o.settlements());
  }

  @Test
  void anOptOutInADeliveryReportPutsTheNumberOnTheList() {
    SentText t = new SentText(7, PHONE, "M7", "G1", MessageType.SMS, 1);
    Outcome o =
        verdicts.afterReport(
            List.of(t), Map.of("M7", new ProviderReceipt(null, "M7", "G1", "2061", "거부")), SMS);
    assertEquals(RecipientStatus.FAILED, o.settlements().get(0).status());
    assertEquals(List.of(PHONE), o.optedOut());
  }

  @Test
  void aTextStillOnItsWayIsLeftAlone() {
    SentText carrier = new SentText(7, "01012345678", "M7", "G1", MessageType.SMS, 1);
    SentText accepted = new SentText(8, "01012345678", "M8", "G1", MessageType.SMS, 1);
    SentText unreported = new SentText(9, "01012345678", "M9", "G1", MessageType.SMS, 1);
    Outcome o =
        verdicts.afterReport(
            List.of(carrier, accepted, unreported),
            Map.of(
                "M7", new ProviderReceipt(null, "M7", "G1", "3000", null),
                "M8", new ProviderReceipt(null, "M8", "G1", "2000", null)),
            SMS);
    assertTrue(o.settlements().isEmpty());
    assertFalse(o.requeuedNow());
  }

  @Test
  void aReportedFailureIsSettled() {
    SentText failed = new SentText(7, "01012345678", "M7", "G1", MessageType.SMS, 1);
    SentText retried = new SentText(8, "01012345678", "M8", "G1", MessageType.SMS, 1);
    Outcome o =
        verdicts.afterReport(
            List.of(failed, retried),
            Map.of(
                "M7", new ProviderReceipt(null, "M7", "G1", "3032", null),
                "M8", new ProviderReceipt(null, "M8", "G1", "3053", "큐 초과")),
            SMS);
    assertEquals(
        new Settlement(
            7,
            RecipientStatus.FAILED,
            "[3032] 가입자가 없는 번호입니다",
            "3032",
            "M7",
            "G1",
            null,
            null,
            null),
        o.settlements().get(0));
    assertEquals(RecipientStatus.QUEUED, o.settlements().get(1).status());
    assertEquals(NOW.plus(RETRY_DELAY), o.settlements().get(1).sendAfter());
  }

  @Test
  void aReportedAlimTalkToSomeoneWithoutKakaoFallsBack() {
    SentText t = new SentText(7, "01012345678", "M7", "G1", MessageType.ATA, 1);
    Outcome o =
        verdicts.afterReport(
            List.of(t),
            Map.of("M7", new ProviderReceipt(null, "M7", "G1", "3104", null)),
            ATA_WITH_FALLBACK);
    assertEquals(MessageType.SMS, o.settlements().get(0).type());
    assertTrue(o.requeuedNow());
  }

  @Test
  void aRefusedRequestFailsAllItsTexts() {
    List<Settlement> settlements =
        verdicts.refused(
            List.of(text(1, MessageType.SMS, 1), text(2, MessageType.SMS, 1)), "NotEnoughBalance");
    assertEquals(
        List.of(
            new Settlement(
                1,
                RecipientStatus.FAILED,
                "Solapi가 받지 않았습니다: NotEnoughBalance",
                null,
                null,
                null,
                null,
                null,
                null),
            new Settlement(
                2,
                RecipientStatus.FAILED,
                "Solapi가 받지 않았습니다: NotEnoughBalance",
                null,
                null,
                null,
                null,
                null,
                null)),
        settlements);
  }
}
