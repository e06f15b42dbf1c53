package kr.academy.web.messaging;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import kr.academy.common.DomainException;
import kr.academy.messaging.MessageContent;
import kr.academy.messaging.MessageKind;
import kr.academy.messaging.MessageRequest;
import kr.academy.web.QueryParams;

/** POST /messages: whom to text, what, and when. */
public record MessageSendBody(
    Recipients recipients,
    String text,
    String subject,
    String kind,
    String templateCode,
    Map<String, String> variables,
    String scheduledAt,
    Boolean advertisement) {

  /** Students with a target (PARENTS, STUDENTS, BOTH), or phone numbers. */
  public record Recipients(List<Long> studentIds, String target, List<String> phones) {}

  MessageRequest toRequest(String idempotencyKey, Long requestedBy) {
    if (recipients == null) {
      throw DomainException.invalid(
          "recipients", "recipients is required: {studentIds, target} or {phones}");
    }
    if (recipients.studentIds() != null && recipients.studentIds().contains(null)) {
      throw DomainException.invalid("recipients.studentIds", "studentIds must be numbers");
    }
    MessageRequest.Recipients to =
        new MessageRequest.Recipients(
            recipients.studentIds(),
            QueryParams.oneOf(
                "recipients.target", recipients.target(), MessageRequest.Target.class),
            recipients.phones());
    MessageContent.Draft draft =
        new MessageContent.Draft(
            QueryParams.oneOf("kind", kind, MessageKind.class),
            text,
            subject,
            templateCode,
            variables,
            Boolean.TRUE.equals(advertisement));
    return new MessageRequest(to, draft, sendAt(), idempotencyKey, requestedBy);
  }

  private java.time.Instant sendAt() {
    if (scheduledAt == null || scheduledAt.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(scheduledAt).toInstant();
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "scheduledAt",
          "scheduledAt must be an ISO-8601 time with an offset, e.g. 2026-11-24T09:00:00+09:00");
    }
  }
}
