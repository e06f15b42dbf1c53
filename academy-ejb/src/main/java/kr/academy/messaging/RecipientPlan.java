package kr.academy.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.PhoneNumber;

/**
 * Turns a request's recipients into one row per text: numbers checked, duplicates and opted-out
 * numbers listed with a reason instead of sent, and each text's release time set (an advertisement
 * at night waits until 08:00 for whoever did not consent to night-time ads).
 */
public final class RecipientPlan {

  /** What the plan knows of a student. */
  public record Contact(long studentId, String phone, String parentPhone) {}

  /** One planned text; {@code phone} is null only when {@code status} is INVALID. */
  public record Row(
      int position,
      String given,
      Audience audience,
      Long studentId,
      String phone,
      RecipientStatus status,
      String reason,
      Instant sendAfter,
      UUID messageKey) {}

  /** The academy's phone lists, restricted to the numbers in the request. */
  public record Lists(Set<String> optedOut, Set<String> nightConsent) {}

  static final String NOT_FOUND = "학생을 찾을 수 없습니다";
  static final String NO_STUDENT_PHONE = "학생 전화번호가 없습니다";
  static final String OPTED_OUT = "수신거부한 번호입니다";
  static final String HELD_UNTIL_MORNING = "야간(21:00~08:00) 광고 수신에 동의하지 않아 08:00에 보냅니다";

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Integer> firstPosition = new HashMap<>();
  private final Lists lists;
  private final Instant sendAt;
  private final Instant now;
  private final boolean advertisement;

  private RecipientPlan(Lists lists, Instant sendAt, Instant now, boolean advertisement) {
    this.lists = lists;
    this.sendAt = sendAt;
    this.now = now;
    this.advertisement = advertisement;
  }

  /**
   * @param contacts the academy's students among those requested; an id missing here is not found
   *     (another academy's student looks exactly like a missing one)
   */
  public static List<Row> of(
      MessageRequest.Recipients recipients,
      Map<Long, Contact> contacts,
      Lists lists,
      Instant sendAt,
      Instant now,
      boolean advertisement) {
    RecipientPlan plan = new RecipientPlan(lists, sendAt, now, advertisement);
    for (Long id : recipients.studentIds()) {
      Contact contact = contacts.get(id);
      MessageRequest.Target target = recipients.target();
      if (contact == null) {
        plan.invalid(String.valueOf(id), audienceOf(target), id, NOT_FOUND);
        continue;
      }
      if (target != MessageRequest.Target.STUDENTS) {
        plan.add(String.valueOf(id), Audience.PARENT, id, contact.parentPhone());
      }
      if (target != MessageRequest.Target.PARENTS) {
        if (contact.phone() == null) {
          plan.invalid(String.valueOf(id), Audience.STUDENT, id, NO_STUDENT_PHONE);
        } else {
          plan.add(String.valueOf(id), Audience.STUDENT, id, contact.phone());
        }
      }
    }
    for (String phone : recipients.phones()) {
      plan.add(phone == null ? "" : phone, Audience.PHONE, null, phone);
    }
    return plan.rows;
  }

  private static Audience audienceOf(MessageRequest.Target target) {
    return target == MessageRequest.Target.STUDENTS ? Audience.STUDENT : Audience.PARENT;
  }

  private void add(String given, Audience audience, Long studentId, String raw) {
    PhoneNumber phone;
    try {
      phone = PhoneNumber.parse(raw, PhoneNumber.Usage.MOBILE, "phone");
    } catch (DomainException e) {
      invalid(given, audience, studentId, "휴대전화 번호가 아닙니다: " + (raw == null ? "" : raw));
      return;
    }
    String digits = phone.digits();
    Integer earlier = firstPosition.putIfAbsent(digits, rows.size() + 1);
    if (earlier != null) {
      row(
          given,
          audience,
          studentId,
          digits,
          RecipientStatus.INVALID,
          "같은 번호가 " + earlier + "번째 수신자로 이미 받습니다",
          null);
      return;
    }
    if (lists.optedOut().contains(digits)) {
      row(given, audience, studentId, digits, RecipientStatus.INVALID, OPTED_OUT, null);
      return;
    }
    Instant release = sendAt;
    String reason = null;
    if (advertisement
        && AdvertisingHours.isNight(sendAt)
        && !lists.nightConsent().contains(digits)) {
      release = AdvertisingHours.nextMorning(sendAt);
      reason = HELD_UNTIL_MORNING;
    }
    RecipientStatus status =
        release.isAfter(now) ? RecipientStatus.SCHEDULED : RecipientStatus.QUEUED;
    row(given, audience, studentId, digits, status, reason, release);
  }

  private void invalid(String given, Audience audience, Long studentId, String reason) {
    row(given, audience, studentId, null, RecipientStatus.INVALID, reason, null);
  }

  private void row(
      String given,
      Audience audience,
      Long studentId,
      String phone,
      RecipientStatus status,
      String reason,
      Instant sendAfter) {
    rows.add(
        new Row(
            rows.size() + 1,
            given.length() > 40 ? given.substring(0, 40) : given,
            audience,
            studentId,
            phone,
            status,
            reason,
            sendAfter,
            UUID.randomUUID()));
  }
}
