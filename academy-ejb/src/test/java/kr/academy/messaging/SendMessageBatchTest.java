package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.academy.testing.InMemoryBatchDelivery;
import kr.academy.testing.InMemoryBatchDelivery.Text;
import kr.academy.testing.InMemoryTextProvider;
import kr.academy.testing.RecordedProgress;
import kr.academy.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The exactly-once sending workflow over texts and a provider in memory: every phone gets its text
 * once, whatever the provider does and wherever an attempt stops.
 */
class SendMessageBatchTest {

  private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");
  private static final String SENDER = "0212345678";
  private static final List<String> PHONES =
      List.of("01000000001", "01000000002", "01000000003", "01000000004", "01000000005");
  private static final MessageContent SMS =
      new MessageContent(MessageType.SMS, null, null, "휴강 안내", null, null, null, false);
  private static final MessageContent ATA_WITH_FALLBACK =
      new MessageContent(
          MessageType.ATA, MessageType.SMS, null, "출석 안내", "TPL_1", "PF1", Map.of(), false);

  private final TestClock clock = new TestClock(NOW);
  private final InMemoryBatchDelivery delivery = new InMemoryBatchDelivery(clock);
  private final InMemoryTextProvider provider = new InMemoryTextProvider(clock);
  private final RecordedProgress progress = new RecordedProgress();
  private final SendMessageBatch sending;

  SendMessageBatchTest() {
    MessagingConfig config = new MessagingConfig();
    config.perRequest = 2;
    config.maxAttempts = 3;
    config.retryDelay = 60;
    sending = new SendMessageBatch(delivery, provider, config, clock);
  }

  private MessageBatch batch(MessageContent content) {
    MessageRequest request =
        new MessageRequest(
            new MessageRequest.Recipients(List.of(), null, PHONES),
            new MessageContent.Draft(
                MessageKind.AUTO, content.text(), null, null, null, content.advertisement()),
            null,
            null,
            null);
    MessageBatch batch =
        MessageBatch.create(
            request, content, SENDER, LocalDate.of(2026, 3, 1), PHONES.size(), 0, NOW);
    delivery.add(batch, content.type(), PHONES);
    return batch;
  }

  private JsonObject send(MessageBatch batch) throws Exception {
    return sending.send(batch.batchId(), progress).orElseThrow();
  }

  private List<RecipientStatus> statuses(MessageBatch batch) {
    return delivery.texts(batch).stream().map(Text::status).toList();
  }

  private void assertEachPhoneGotOneText() {
    for (String phone : PHONES) {
      assertEquals(1, provider.receivedBy(phone).size(), phone + " got one text");
    }
  }

  @Test
  void everyTextGoesOnceInRequestsOfTheConfiguredSizeAndItsReportIsRead() throws Exception {
    MessageBatch batch = batch(SMS);

    JsonObject result = send(batch);

    assertEachPhoneGotOneText();
    assertEquals(
        List.of("G1", "G1", "G2", "G2", "G3"),
        provider.received().stream().map(InMemoryTextProvider.Received::groupId).toList());
    assertEquals(List.of(RecipientStatus.DELIVERED), statuses(batch).stream().distinct().toList());
    assertEquals(batch.batchId().toString(), result.getString("batchId"));
    assertEquals(5, result.getInt("delivered"));
    assertEquals(List.of(batch.batchId()), delivery.finished());
  }

  @Test
  void progressIsReportedBeforeRecoveryAndAfterEachRequest() throws Exception {
    send(batch(SMS));

    assertEquals(
        List.of(
            new RecordedProgress.Step(1, "checking texts left in doubt"),
            new RecordedProgress.Step(41, "2 texts handed to the provider"),
            new RecordedProgress.Step(77, "4 texts handed to the provider"),
            new RecordedProgress.Step(95, "5 texts handed to the provider")),
        progress.steps());
  }

  @Test
  void aStopAtAProgressReportEndsTheWorkWithNoTextInDoubt() {
    MessageBatch batch = batch(SMS);
    RuntimeException cancelled = new IllegalStateException("cancelled");
    progress.stopAt(3, cancelled);

    assertEquals(cancelled, assertThrows(IllegalStateException.class, () -> send(batch)));

    assertEquals(4, provider.received().size(), "the requests before the stop went");
    assertEquals(
        List.of(
            RecipientStatus.SENT,
            RecipientStatus.SENT,
            RecipientStatus.SENT,
            RecipientStatus.SENT,
            RecipientStatus.QUEUED),
        statuses(batch));
    assertTrue(delivery.finished().isEmpty());
  }

  @Test
  void textsInDoubtThatTheProviderHasAreSettledAndTheRestSentAgain() throws Exception {
    MessageBatch batch = batch(SMS);
    // A worker claimed three texts and was killed while the provider took the first two.
    List<OutgoingText> claimed = delivery.claim(batch, 3);
    provider.send(SENDER, SMS, claimed.subList(0, 2));
    clock.advance(Duration.ofMinutes(20));

    send(batch);

    assertEachPhoneGotOneText();
    assertEquals(List.of(RecipientStatus.DELIVERED), statuses(batch).stream().distinct().toList());
    Text resent = delivery.text(batch, PHONES.get(2));
    assertEquals(2, resent.attempts(), "the text the provider did not have went again");
    assertEquals(claimed.get(2).key(), resent.key(), "under the key it was claimed with");
  }

  @Test
  void textsInDoubtAreLookedUpOnlyOnceTheCallThatCarriedThemCanHaveEnded() throws Exception {
    MessageBatch batch = batch(SMS);
    // The attempt before lost its lease while its call, started just now, may still be under way.
    List<OutgoingText> claimed = delivery.claim(batch, 3);
    provider.send(SENDER, SMS, claimed.subList(0, 2));
    provider.callTimeout(Duration.ofMillis(300));

    long started = System.nanoTime();
    send(batch);

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 300);
    assertEquals(
        new RecordedProgress.Step(1, "waiting for an earlier call to the provider to end"),
        progress.steps().get(1));
    assertEachPhoneGotOneText();
  }

  @Test
  void anOutageMidBatchLeavesItsCallInDoubtAndTheNextAttemptSendsNothingTwice() throws Exception {
    MessageBatch batch = batch(SMS);
    provider.outageAfter(1, true);

    assertThrows(TextProvider.Unavailable.class, () -> send(batch));

    assertEquals(
        List.of(
            RecipientStatus.SENT,
            RecipientStatus.SENT,
            RecipientStatus.SENDING,
            RecipientStatus.SENDING,
            RecipientStatus.QUEUED),
        statuses(batch));
    assertEquals(4, provider.received().size(), "the second request arrived, its answer did not");

    assertThrows(TextProvider.Unavailable.class, () -> send(batch));
    assertEquals(4, provider.received().size(), "nothing goes while the doubt cannot be resolved");

    provider.endOutage();
    send(batch);
    assertEachPhoneGotOneText();
    assertEquals(List.of(RecipientStatus.DELIVERED), statuses(batch).stream().distinct().toList());
  }

  @Test
  void textsOfACallThatNeverArrivedAreSentAgainUnderTheirKeys() throws Exception {
    MessageBatch batch = batch(SMS);
    provider.outageAfter(0, false);
    assertThrows(TextProvider.Unavailable.class, () -> send(batch));
    List<UUID> keys = delivery.texts(batch).stream().map(Text::key).toList();
    assertTrue(provider.received().isEmpty());

    provider.endOutage();
    send(batch);

    assertEachPhoneGotOneText();
    assertEquals(
        keys, provider.received().stream().map(InMemoryTextProvider.Received::key).toList());
  }

  @Test
  void aRefusedRequestFailsItsTextsWithTheProvidersReason() throws Exception {
    MessageBatch batch = batch(SMS);
    provider.refuse("잔액이 부족합니다");

    JsonObject result = send(batch);

    assertEquals(5, result.getInt("failed"));
    for (Text text : delivery.texts(batch)) {
      assertEquals(RecipientStatus.FAILED, text.status());
      assertEquals(TextVerdicts.NOT_ACCEPTED + "잔액이 부족합니다", text.reason());
    }
    assertTrue(provider.received().isEmpty());
  }

  @Test
  void aTemporaryFailureWaitsForItsRetryTimeWithANewKey() throws Exception {
    MessageBatch batch = batch(SMS);
    Text before = delivery.text(batch, PHONES.get(0));
    provider.answerAtSend(PHONES.get(0), "3012");

    JsonObject result = send(batch);

    Text after = delivery.text(batch, PHONES.get(0));
    assertEquals(RecipientStatus.QUEUED, after.status());
    assertEquals(NOW.plusSeconds(60), after.sendAfter());
    assertNotEquals(before.key(), after.key());
    assertEquals(1, provider.receivedBy(PHONES.get(0)).size(), "not again within this job");
    assertEquals(1, result.getInt("queued"));
  }

  @Test
  void anAlimTalkToSomeoneWithoutKakaoTalkFallsBackToATextInTheNextRound() throws Exception {
    MessageBatch batch = batch(ATA_WITH_FALLBACK);
    String noKakao = PHONES.get(1);
    provider.report(noKakao, MessageType.ATA, "3104");

    send(batch);

    List<InMemoryTextProvider.Received> got = provider.receivedBy(noKakao);
    assertEquals(
        List.of(MessageType.ATA, MessageType.SMS),
        got.stream().map(InMemoryTextProvider.Received::type).toList());
    assertNotEquals(got.get(0).key(), got.get(1).key(), "the fallback is a text of its own");
    Text fallback = delivery.text(batch, noKakao);
    assertEquals(RecipientStatus.DELIVERED, fallback.status());
    assertEquals(MessageType.SMS, fallback.type());
    for (String phone : PHONES) {
      if (!phone.equals(noKakao)) {
        assertEquals(1, provider.receivedBy(phone).size());
      }
    }
  }

  @Test
  void reportsSettleFailuresAndListNumbersThatOptedOut() throws Exception {
    MessageBatch batch = batch(SMS);
    provider.report(PHONES.get(0), MessageType.SMS, "3032");
    provider.report(PHONES.get(1), MessageType.SMS, "2061");
    provider.report(PHONES.get(2), MessageType.SMS, "3000");

    JsonObject result = send(batch);

    assertEquals(RecipientStatus.FAILED, delivery.text(batch, PHONES.get(0)).status());
    assertEquals("[3032] 가입자가 없는 번호입니다", delivery.text(batch, PHONES.get(0)).reason());
    assertEquals(RecipientStatus.FAILED, delivery.text(batch, PHONES.get(1)).status());
    assertEquals(Set.of(PHONES.get(1)), delivery.optedOut());
    assertEquals(RecipientStatus.SENT, delivery.text(batch, PHONES.get(2)).status());
    assertEquals(2, result.getInt("failed"));
    assertEquals(1, result.getInt("sent"));
    assertEquals(2, result.getInt("delivered"));
  }

  @Test
  void reportsThatCannotBeReadAreLeftForTheNextWake() throws Exception {
    MessageBatch batch = batch(SMS);
    provider.outageAfter(3, false);

    JsonObject result = send(batch);

    assertEquals(5, result.getInt("sent"));
    assertFalse(result.containsKey("delivered"));
    assertEachPhoneGotOneText();
  }

  @Test
  void aBatchTheAcademyDoesNotHaveIsNotFound() throws Exception {
    assertTrue(sending.send(UUID.randomUUID(), progress).isEmpty());
    assertTrue(progress.steps().isEmpty());
  }
}
