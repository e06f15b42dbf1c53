package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.academy.common.DomainException;
import kr.academy.messaging.MessageContent.Draft;
import org.junit.jupiter.api.Test;

class MessageContentTest {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final String AD_HEAD = "(광고)수학학원\n";
  private static final String AD_TAIL = "\n무료수신거부 080-123-4567";

  private static MessagingSettings settings(
      String senderName, String optOutNumber, String kakaoChannelId, boolean fallback) {
    return MessagingSettings.first(
        new MessagingSettings.Change(
            "02-123-4567", senderName, optOutNumber, kakaoChannelId, fallback),
        T0);
  }

  private static MessagingSettings full() {
    return settings("수학학원", "080-123-4567", "KA01PF2026", false);
  }

  private static MessagingSettings bare() {
    return settings(null, null, null, false);
  }

  private static Draft draft(MessageKind kind, String text, String subject) {
    return new Draft(kind, text, subject, null, null, false);
  }

  private static Draft ad(MessageKind kind, String text) {
    return new Draft(kind, text, null, null, null, true);
  }

  private static Draft alimtalk(String text, String templateCode, Map<String, String> variables) {
    return new Draft(MessageKind.ALIMTALK, text, null, templateCode, variables, false);
  }

  private static DomainException refused(Draft draft, MessagingSettings settings) {
    return assertThrows(DomainException.class, () -> MessageContent.compose(draft, settings));
  }

  @Test
  void autoPicksSmsUpTo90Bytes() {
    assertEquals(
        MessageType.SMS,
        MessageContent.compose(draft(MessageKind.AUTO, "a".repeat(90), null), bare()).type());
    assertEquals(
        MessageType.SMS,
        MessageContent.compose(draft(MessageKind.AUTO, "가".repeat(45), null), bare()).type());
    assertEquals(
        MessageType.LMS,
        MessageContent.compose(draft(MessageKind.AUTO, "a".repeat(91), null), bare()).type());
    assertEquals(
        MessageType.LMS,
        MessageContent.compose(draft(MessageKind.AUTO, "가".repeat(45) + "a", null), bare()).type());
  }

  @Test
  void aMissingKindMeansAuto() {
    assertEquals(
        MessageType.SMS, MessageContent.compose(draft(null, "안녕하세요", null), bare()).type());
    assertEquals(
        MessageType.LMS, MessageContent.compose(draft(null, "가".repeat(46), null), bare()).type());
  }

  @Test
  void composedTextIsStrippedAndCarriesNoAlimTalkParts() {
    MessageContent c =
        MessageContent.compose(draft(MessageKind.AUTO, "  내일 휴강입니다 \n", null), bare());
    assertEquals(
        new MessageContent(MessageType.SMS, null, null, "내일 휴강입니다", null, null, Map.of(), false),
        c);
  }

  @Test
  void autoAndLmsAllowUpTo2000Bytes() {
    assertEquals(
        MessageType.LMS,
        MessageContent.compose(draft(MessageKind.AUTO, "가".repeat(1000), null), bare()).type());
    assertEquals(
        MessageType.LMS,
        MessageContent.compose(draft(MessageKind.LMS, "a".repeat(2000), null), bare()).type());
    DomainException e = refused(draft(MessageKind.AUTO, "가".repeat(1000) + "a", null), bare());
    assertEquals("TEXT_TOO_LONG", e.code());
    assertEquals(DomainException.Kind.UNPROCESSABLE, e.kind());
    assertEquals("text is 2001 bytes in EUC-KR; an LMS allows 2000 bytes", e.getMessage());
    assertEquals("text", e.details().get(0).field());
  }

  @Test
  void lmsKindIsLmsEvenForAShortText() {
    assertEquals(
        MessageType.LMS,
        MessageContent.compose(draft(MessageKind.LMS, "짧은 글", null), bare()).type());
  }

  @Test
  void aSubjectForcesLms() {
    MessageContent c = MessageContent.compose(draft(MessageKind.AUTO, "짧은 글", " 공지 "), bare());
    assertEquals(MessageType.LMS, c.type());
    assertEquals("공지", c.subject());
    assertEquals("짧은 글", c.text());
  }

  @Test
  void aSubjectCarries40Bytes() {
    assertEquals(
        "가".repeat(20),
        MessageContent.compose(draft(MessageKind.LMS, "본문", "가".repeat(20)), bare()).subject());
    DomainException e = refused(draft(MessageKind.AUTO, "본문", "가".repeat(20) + "a"), bare());
    assertEquals("TEXT_TOO_LONG", e.code());
    assertEquals("subject is 41 bytes in EUC-KR; an LMS subject allows 40 bytes", e.getMessage());
    assertEquals("subject", e.details().get(0).field());
  }

  @Test
  void smsAndAlimTalkTakeNoSubject() {
    DomainException sms = refused(draft(MessageKind.SMS, "본문", "제목"), bare());
    assertEquals("VALIDATION_FAILED", sms.code());
    assertEquals(DomainException.Kind.INVALID, sms.kind());
    assertEquals("subject", sms.details().get(0).field());

    DomainException ata =
        refused(new Draft(MessageKind.ALIMTALK, "본문", "제목", "TPL_1", null, false), full());
    assertEquals(List.of("subject"), ata.details().stream().map(d -> d.field()).toList());
  }

  @Test
  void smsKindRefusesOver90BytesNamingTheCount() {
    assertEquals(
        MessageType.SMS,
        MessageContent.compose(draft(MessageKind.SMS, "가".repeat(45), null), bare()).type());
    DomainException e = refused(draft(MessageKind.SMS, "가".repeat(46), null), bare());
    assertEquals("TEXT_TOO_LONG", e.code());
    assertEquals(DomainException.Kind.UNPROCESSABLE, e.kind());
    assertTrue(e.getMessage().contains("92 bytes"), e.getMessage());
    assertEquals("text is 92 bytes in EUC-KR; an SMS allows 90 bytes", e.getMessage());
  }

  @Test
  void emptyTextIsRequired() {
    DomainException e = refused(draft(MessageKind.AUTO, "   ", null), bare());
    assertEquals("VALIDATION_FAILED", e.code());
    assertEquals("text", e.details().get(0).field());
  }

  @Test
  void anEmojiCannotBeSentAsText() {
    DomainException e = refused(draft(MessageKind.AUTO, "축하합니다😀", null), bare());
    assertEquals("TEXT_NOT_EUC_KR", e.code());
    assertEquals(DomainException.Kind.UNPROCESSABLE, e.kind());
    assertEquals("text", e.details().get(0).field());
    assertTrue(e.getMessage().contains("😀"), e.getMessage());
  }

  @Test
  void aHangulSyllableOutsideKsX1001CannotBeSent() {
    DomainException e = refused(draft(MessageKind.LMS, "똠방각하", null), bare());
    assertEquals("TEXT_NOT_EUC_KR", e.code());
    assertTrue(e.getMessage().contains("똠"), e.getMessage());
  }

  @Test
  void anEmojiInTheSubjectNamesTheSubject() {
    DomainException e = refused(draft(MessageKind.LMS, "본문", "공지📢"), bare());
    assertEquals("TEXT_NOT_EUC_KR", e.code());
    assertEquals("subject", e.details().get(0).field());
  }

  @Test
  void anAdvertisementGetsItsRequiredParts() {
    MessageContent c = MessageContent.compose(ad(MessageKind.AUTO, "이번 주 특강 안내"), full());
    assertEquals("(광고)수학학원\n이번 주 특강 안내\n무료수신거부 080-123-4567", c.text());
    assertTrue(c.advertisement());
    assertEquals(MessageType.SMS, c.type());
  }

  @Test
  void theAdvertisementsPartsCountTowardsTheSmsLimit() {
    // 15 bytes before the text and 26 after it: 49 + 41 = 90, 50 + 41 = 91.
    assertEquals(41, EucKr.bytes(AD_HEAD + AD_TAIL));
    MessageContent at90 = MessageContent.compose(ad(MessageKind.AUTO, "a".repeat(49)), full());
    assertEquals(MessageType.SMS, at90.type());
    assertEquals(AD_HEAD + "a".repeat(49) + AD_TAIL, at90.text());
    assertEquals(
        MessageType.LMS,
        MessageContent.compose(ad(MessageKind.AUTO, "a".repeat(50)), full()).type());
    DomainException e = refused(ad(MessageKind.SMS, "a".repeat(50)), full());
    assertEquals("TEXT_TOO_LONG", e.code());
    assertTrue(e.getMessage().contains("91 bytes"), e.getMessage());
  }

  @Test
  void anAdvertisementNeedsTheSenderNameAndTheOptOutNumber() {
    DomainException e = refused(ad(MessageKind.AUTO, "특강 안내"), bare());
    assertEquals("MESSAGING_SETTINGS_MISSING", e.code());
    assertEquals(DomainException.Kind.UNPROCESSABLE, e.kind());
    assertEquals(
        List.of("senderName", "optOutNumber"), e.details().stream().map(d -> d.field()).toList());
    assertTrue(e.getMessage().contains("senderName, optOutNumber"), e.getMessage());

    DomainException noOptOut =
        refused(ad(MessageKind.AUTO, "특강 안내"), settings("수학학원", null, null, false));
    assertEquals(List.of("optOutNumber"), noOptOut.details().stream().map(d -> d.field()).toList());
  }

  @Test
  void anInformationalTextNeedsNoAdvertisingSettings() {
    MessageContent c = MessageContent.compose(draft(MessageKind.AUTO, "휴강 안내", null), bare());
    assertEquals("휴강 안내", c.text());
    assertFalse(c.advertisement());
  }

  @Test
  void alimTalkCarriesTheTemplateAndTheChannel() {
    MessageContent c =
        MessageContent.compose(alimtalk("#{이름} 학생이 출석했습니다", "TPL_1", Map.of("이름", "민준")), full());
    assertEquals(MessageType.ATA, c.type());
    assertNull(c.fallbackType());
    assertEquals("TPL_1", c.templateCode());
    assertEquals("KA01PF2026", c.kakaoChannelId());
    assertEquals(Map.of("이름", "민준"), c.variables());
    assertEquals("#{이름} 학생이 출석했습니다", c.text());
    assertFalse(c.advertisement());
  }

  @Test
  void alimTalkRequiresATemplateCode() {
    DomainException e = refused(alimtalk("출석 안내", null, null), full());
    assertEquals("VALIDATION_FAILED", e.code());
    assertEquals(List.of("templateCode"), e.details().stream().map(d -> d.field()).toList());
  }

  @Test
  void alimTalkRequiresAKakaoChannel() {
    DomainException e =
        refused(alimtalk("출석 안내", "TPL_1", null), settings("수학학원", "080-123-4567", null, true));
    assertEquals("MESSAGING_SETTINGS_MISSING", e.code());
    assertEquals(List.of("kakaoChannelId"), e.details().stream().map(d -> d.field()).toList());
  }

  @Test
  void alimTalkRefusesAdvertisements() {
    DomainException e =
        refused(new Draft(MessageKind.ALIMTALK, "특강 안내", null, "TPL_1", null, true), full());
    assertEquals("ALIMTALK_NOT_FOR_ADS", e.code());
    assertEquals(DomainException.Kind.UNPROCESSABLE, e.kind());
  }

  @Test
  void alimTalkCountsCharactersNotBytes() {
    assertEquals(
        MessageType.ATA,
        MessageContent.compose(alimtalk("가".repeat(1000), "TPL_1", null), full()).type());
    DomainException e = refused(alimtalk("가".repeat(1001), "TPL_1", null), full());
    assertEquals("TEXT_TOO_LONG", e.code());
    assertEquals("text is 1001 characters; an AlimTalk allows 1000 characters", e.getMessage());
  }

  @Test
  void alimTalkVariableNamesHaveNoDots() {
    DomainException e = refused(alimtalk("안내", "TPL_1", Map.of("학생.이름", "민준")), full());
    assertEquals("VALIDATION_FAILED", e.code());
    assertEquals("variables", e.details().get(0).field());
  }

  @Test
  void templatesAndVariablesAreOnlyForAlimTalk() {
    DomainException template =
        refused(new Draft(MessageKind.SMS, "안내", null, "TPL_1", null, false), full());
    assertEquals("templateCode", template.details().get(0).field());
    DomainException variables =
        refused(new Draft(MessageKind.AUTO, "안내", null, null, Map.of("a", "b"), false), full());
    assertEquals("variables", variables.details().get(0).field());
  }

  @Test
  void alimTalkFallsBackOnlyWhenTheSettingsAllow() {
    MessagingSettings allowing = settings("수학학원", "080-123-4567", "KA01PF2026", true);
    assertEquals(
        MessageType.SMS,
        MessageContent.compose(alimtalk("출석 안내", "TPL_1", null), allowing).fallbackType());
    assertEquals(
        MessageType.LMS,
        MessageContent.compose(alimtalk("가".repeat(46), "TPL_1", null), allowing).fallbackType());
    assertNull(MessageContent.compose(alimtalk("출석 안내", "TPL_1", null), full()).fallbackType());
  }

  @Test
  void anEmojiIsFineInAlimTalkUnlessItMayFallBackToText() {
    assertEquals(
        MessageType.ATA, MessageContent.compose(alimtalk("출석했어요😀", "TPL_1", null), full()).type());
    DomainException e =
        refused(
            alimtalk("출석했어요😀", "TPL_1", null),
            settings("수학학원", "080-123-4567", "KA01PF2026", true));
    assertEquals("TEXT_NOT_EUC_KR", e.code());
  }
}
