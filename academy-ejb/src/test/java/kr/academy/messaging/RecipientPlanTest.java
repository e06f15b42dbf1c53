package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.academy.messaging.MessageRequest.Recipients;
import kr.academy.messaging.MessageRequest.Target;
import kr.academy.messaging.RecipientPlan.Contact;
import kr.academy.messaging.RecipientPlan.Lists;
import kr.academy.messaging.RecipientPlan.Row;
import org.junit.jupiter.api.Test;

class RecipientPlanTest {

  private static final Instant NOW = kst("2026-03-02T14:00:00");
  private static final Lists NO_LISTS = new Lists(Set.of(), Set.of());
  private static final Map<Long, Contact> CONTACTS =
      Map.of(
          1L, new Contact(1L, "010-1111-2222", "010-3333-4444"),
          2L, new Contact(2L, null, "01055556666"),
          3L, new Contact(3L, "01077778888", null));

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(AdvertisingHours.KOREA).toInstant();
  }

  private static Recipients students(Target target, Long... ids) {
    return new Recipients(List.of(ids), target, null);
  }

  private static Recipients phones(String... phones) {
    return new Recipients(null, null, List.of(phones));
  }

  private static List<Row> plan(Recipients recipients) {
    return RecipientPlan.of(recipients, CONTACTS, NO_LISTS, NOW, NOW, false);
  }

  @Test
  void parentsGetOneQueuedRowEach() {
    List<Row> rows = plan(students(Target.PARENTS, 1L));
    assertEquals(1, rows.size());
    Row row = rows.get(0);
    assertEquals(1, row.position());
    assertEquals("1", row.given());
    assertEquals(Audience.PARENT, row.audience());
    assertEquals(1L, row.studentId());
    assertEquals("01033334444", row.phone());
    assertEquals(RecipientStatus.QUEUED, row.status());
    assertNull(row.reason());
    assertEquals(NOW, row.sendAfter());
    assertNotNull(row.messageKey());
  }

  @Test
  void bothTextsTheParentAndThenTheStudent() {
    List<Row> rows = plan(students(Target.BOTH, 1L));
    assertEquals(2, rows.size());
    assertEquals(Audience.PARENT, rows.get(0).audience());
    assertEquals("01033334444", rows.get(0).phone());
    assertEquals(Audience.STUDENT, rows.get(1).audience());
    assertEquals("01011112222", rows.get(1).phone());
    assertEquals(2, rows.get(1).position());
    assertNotEquals(rows.get(0).messageKey(), rows.get(1).messageKey());
  }

  @Test
  void aStudentWithoutAPhoneIsListedInvalid() {
    Row row = plan(students(Target.STUDENTS, 2L)).get(0);
    assertEquals(Audience.STUDENT, row.audience());
    assertEquals(2L, row.studentId());
    assertEquals(RecipientStatus.INVALID, row.status());
    assertEquals(RecipientPlan.NO_STUDENT_PHONE, row.reason());
    assertNull(row.phone());
    assertNull(row.sendAfter());
  }

  @Test
  void bothStillTextsTheParentOfAStudentWithoutAPhone() {
    List<Row> rows = plan(students(Target.BOTH, 2L));
    assertEquals(
        List.of(RecipientStatus.QUEUED, RecipientStatus.INVALID),
        rows.stream().map(Row::status).toList());
    assertEquals("01055556666", rows.get(0).phone());
    assertEquals(RecipientPlan.NO_STUDENT_PHONE, rows.get(1).reason());
  }

  @Test
  void aParentWithoutAPhoneIsListedInvalid() {
    Row row = plan(students(Target.PARENTS, 3L)).get(0);
    assertEquals(RecipientStatus.INVALID, row.status());
    assertEquals(Audience.PARENT, row.audience());
    assertEquals("휴대전화 번호가 아닙니다: ", row.reason());
  }

  @Test
  void aMissingStudentIsNotFound() {
    Row parents = plan(students(Target.PARENTS, 99L)).get(0);
    assertEquals(RecipientStatus.INVALID, parents.status());
    assertEquals(RecipientPlan.NOT_FOUND, parents.reason());
    assertEquals(Audience.PARENT, parents.audience());
    assertEquals(99L, parents.studentId());
    assertEquals("99", parents.given());
    assertNull(parents.phone());

    assertEquals(Audience.STUDENT, plan(students(Target.STUDENTS, 99L)).get(0).audience());
    List<Row> both = plan(students(Target.BOTH, 99L));
    assertEquals(1, both.size());
    assertEquals(RecipientPlan.NOT_FOUND, both.get(0).reason());
  }

  @Test
  void aNumberTypedTwiceIsSentOnce() {
    List<Row> rows = plan(phones("010-1234-5678", "01012345678", "+82 10 1234 5678"));
    assertEquals(3, rows.size());
    assertEquals(RecipientStatus.QUEUED, rows.get(0).status());
    for (Row duplicate : rows.subList(1, 3)) {
      assertEquals(RecipientStatus.INVALID, duplicate.status());
      assertEquals("같은 번호가 1번째 수신자로 이미 받습니다", duplicate.reason());
      assertEquals("01012345678", duplicate.phone());
      assertNull(duplicate.sendAfter());
    }
    assertEquals("+82 10 1234 5678", rows.get(2).given());
    assertEquals(Audience.PHONE, rows.get(2).audience());
    assertNull(rows.get(2).studentId());
  }

  @Test
  void aPhoneThatIsAlsoAParentsIsADuplicate() {
    List<Row> rows =
        RecipientPlan.of(
            new Recipients(List.of(2L, 1L), Target.PARENTS, List.of("010-3333-4444")),
            CONTACTS,
            NO_LISTS,
            NOW,
            NOW,
            false);
    assertEquals(3, rows.size());
    assertEquals(RecipientStatus.INVALID, rows.get(2).status());
    assertEquals("같은 번호가 2번째 수신자로 이미 받습니다", rows.get(2).reason());
  }

  @Test
  void aNumberThatIsNotAMobileIsInvalid() {
    List<Row> rows = plan(phones("02-123-4567", "전화", "010-1234"));
    assertEquals(
        List.of(RecipientStatus.INVALID, RecipientStatus.INVALID, RecipientStatus.INVALID),
        rows.stream().map(Row::status).toList());
    assertEquals("휴대전화 번호가 아닙니다: 02-123-4567", rows.get(0).reason());
    assertNull(rows.get(0).phone());
    assertNull(rows.get(0).sendAfter());
    assertEquals(Audience.PHONE, rows.get(0).audience());
    assertEquals("휴대전화 번호가 아닙니다: 전화", rows.get(1).reason());
    assertEquals("010-1234", rows.get(2).given());
    assertEquals(List.of(1, 2, 3), rows.stream().map(Row::position).toList());
  }

  @Test
  void whatWasGivenIsCutTo40Characters() {
    Row row = plan(phones("x".repeat(50))).get(0);
    assertEquals("x".repeat(40), row.given());
    assertEquals("휴대전화 번호가 아닙니다: " + "x".repeat(50), row.reason());
  }

  @Test
  void anOptedOutNumberIsNotTexted() {
    List<Row> rows =
        RecipientPlan.of(
            phones("010-1234-5678", "010-9999-0000"),
            Map.of(),
            new Lists(Set.of("01012345678"), Set.of()),
            NOW,
            NOW,
            false);
    assertEquals(RecipientStatus.INVALID, rows.get(0).status());
    assertEquals(RecipientPlan.OPTED_OUT, rows.get(0).reason());
    assertEquals("01012345678", rows.get(0).phone());
    assertNull(rows.get(0).sendAfter());
    assertEquals(RecipientStatus.QUEUED, rows.get(1).status());
  }

  @Test
  void aNightTimeAdWaitsUntil0800UnlessTheNumberConsented() {
    Instant night = kst("2026-03-02T22:00:00");
    List<Row> rows =
        RecipientPlan.of(
            phones("010-1234-5678", "010-9999-0000"),
            Map.of(),
            new Lists(Set.of(), Set.of("01099990000")),
            night,
            night,
            true);
    Row held = rows.get(0);
    assertEquals(RecipientStatus.SCHEDULED, held.status());
    assertEquals(kst("2026-03-03T08:00:00"), held.sendAfter());
    assertEquals(RecipientPlan.HELD_UNTIL_MORNING, held.reason());
    Row consented = rows.get(1);
    assertEquals(RecipientStatus.QUEUED, consented.status());
    assertEquals(night, consented.sendAfter());
    assertNull(consented.reason());
  }

  @Test
  void anAdJustBefore21IsNotHeldAndOneAt21Is() {
    Instant evening = kst("2026-03-02T20:59:00");
    Row day =
        RecipientPlan.of(phones("01012345678"), Map.of(), NO_LISTS, evening, NOW, true).get(0);
    assertEquals(RecipientStatus.SCHEDULED, day.status());
    assertEquals(evening, day.sendAfter());
    assertNull(day.reason());

    Instant nine = kst("2026-03-02T21:00:00");
    Row night = RecipientPlan.of(phones("01012345678"), Map.of(), NO_LISTS, nine, NOW, true).get(0);
    assertEquals(kst("2026-03-03T08:00:00"), night.sendAfter());
    assertEquals(RecipientPlan.HELD_UNTIL_MORNING, night.reason());
  }

  @Test
  void anEarlyMorningAdWaitsUntil0800TheSameDay() {
    Instant early = kst("2026-03-03T06:30:00");
    Row row =
        RecipientPlan.of(phones("01012345678"), Map.of(), NO_LISTS, early, early, true).get(0);
    assertEquals(RecipientStatus.SCHEDULED, row.status());
    assertEquals(kst("2026-03-03T08:00:00"), row.sendAfter());
  }

  @Test
  void aNightTimeInformationalTextIsNotHeld() {
    Instant night = kst("2026-03-02T23:00:00");
    Row row =
        RecipientPlan.of(phones("01012345678"), Map.of(), NO_LISTS, night, night, false).get(0);
    assertEquals(RecipientStatus.QUEUED, row.status());
    assertEquals(night, row.sendAfter());
    assertNull(row.reason());
  }

  @Test
  void aLaterSendIsScheduledAndOneDueNowIsQueued() {
    Instant later = NOW.plusSeconds(3600);
    Row scheduled =
        RecipientPlan.of(phones("01012345678"), Map.of(), NO_LISTS, later, NOW, false).get(0);
    assertEquals(RecipientStatus.SCHEDULED, scheduled.status());
    assertEquals(later, scheduled.sendAfter());

    Instant past = NOW.minusSeconds(1);
    Row due = RecipientPlan.of(phones("01012345678"), Map.of(), NO_LISTS, past, NOW, false).get(0);
    assertEquals(RecipientStatus.QUEUED, due.status());
    assertEquals(past, due.sendAfter());
  }
}
