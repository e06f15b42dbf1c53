package kr.academy.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.academy.common.DomainException;
import kr.academy.common.PhoneNumber;
import kr.academy.common.Validation;

/**
 * The text every recipient of a batch gets, as it will be sent: the provider type chosen, the
 * advertisement's required parts added, sizes checked in the units the carriers count.
 *
 * @param fallbackType what an AlimTalk becomes for a recipient without KakaoTalk, when the academy
 *     allows it; {@code null} otherwise
 */
public record MessageContent(
    MessageType type,
    MessageType fallbackType,
    String subject,
    String text,
    String templateCode,
    String kakaoChannelId,
    Map<String, String> variables,
    boolean advertisement) {

  /** What a sender writes, before the platform applies the rules. */
  public record Draft(
      MessageKind kind,
      String text,
      String subject,
      String templateCode,
      Map<String, String> variables,
      boolean advertisement) {}

  static final int TEXT_MAX_CHARS = 2_000;
  static final int TEMPLATE_CODE_MAX = 100;
  static final String AD_PREFIX = "(광고)";
  static final String OPT_OUT_LABEL = "무료수신거부 ";

  public MessageContent {
    variables = variables == null ? Map.of() : Map.copyOf(new TreeMap<>(variables));
  }

  /**
   * Applies the rules of the kind and of advertising (정보통신망법 §50: the text starts with {@code (광고)}
   * and the sender's name and ends with the free opt-out number).
   */
  public static MessageContent compose(Draft draft, MessagingSettings settings) {
    Validation v = new Validation();
    MessageKind kind = draft.kind() == null ? MessageKind.AUTO : draft.kind();
    String text = v.requiredText("text", draft.text(), TEXT_MAX_CHARS);
    String subject = v.optionalText("subject", draft.subject(), TEXT_MAX_CHARS);
    boolean alimtalk = kind == MessageKind.ALIMTALK;
    String templateCode =
        alimtalk ? v.requiredText("templateCode", draft.templateCode(), TEMPLATE_CODE_MAX) : null;
    if (!alimtalk && draft.templateCode() != null) {
      v.problem("templateCode", "templateCode is only for kind ALIMTALK");
    }
    if (!alimtalk && draft.variables() != null && !draft.variables().isEmpty()) {
      v.problem("variables", "variables are only for kind ALIMTALK");
    }
    if ((alimtalk || kind == MessageKind.SMS) && subject != null) {
      v.problem("subject", "a subject is only sent with LMS (kind AUTO or LMS)");
    }
    v.throwIfInvalid();
    missingSettings(settings, draft.advertisement(), alimtalk);
    if (alimtalk) {
      return alimtalk(draft, text, templateCode, settings);
    }
    String sent = draft.advertisement() ? advertised(text, settings) : text;
    requireEucKr("text", sent);
    if (subject != null) {
      requireEucKr("subject", subject);
      int subjectBytes = EucKr.bytes(subject);
      if (subjectBytes > MessageType.SUBJECT_MAX_BYTES) {
        throw tooLong("subject", subjectBytes, MessageType.SUBJECT_MAX_BYTES, "an LMS subject");
      }
    }
    MessageType type = chooseType(kind, subject != null, EucKr.bytes(sent));
    return new MessageContent(
        type, null, subject, sent, null, null, Map.of(), draft.advertisement());
  }

  private static MessageContent alimtalk(
      Draft draft, String text, String templateCode, MessagingSettings settings) {
    if (draft.advertisement()) {
      throw new DomainException(
          DomainException.Kind.UNPROCESSABLE,
          "ALIMTALK_NOT_FOR_ADS",
          "AlimTalk carries information only; send an advertisement as SMS or LMS");
    }
    if (text.length() > MessageType.ALIMTALK_MAX_CHARS) {
      throw tooLong(
          "text",
          text.length() + " characters",
          "an AlimTalk allows " + MessageType.ALIMTALK_MAX_CHARS + " characters");
    }
    Map<String, String> variables = draft.variables() == null ? Map.of() : draft.variables();
    variables.forEach(
        (name, value) -> {
          if (name == null || name.isBlank() || name.contains(".") || value == null) {
            throw DomainException.invalid(
                "variables", "each variable needs a name without '.' and a value");
          }
        });
    MessageType fallback = null;
    if (settings.alimtalkFallback()) {
      requireEucKr("text", text);
      fallback = chooseType(MessageKind.AUTO, false, EucKr.bytes(text));
    }
    return new MessageContent(
        MessageType.ATA,
        fallback,
        null,
        text,
        templateCode,
        settings.kakaoChannelId(),
        variables,
        false);
  }

  private static void missingSettings(
      MessagingSettings settings, boolean advertisement, boolean alimtalk) {
    var missing = settings.missingFor(advertisement, alimtalk);
    if (!missing.isEmpty()) {
      throw new DomainException(
          DomainException.Kind.UNPROCESSABLE,
          "MESSAGING_SETTINGS_MISSING",
          "set "
              + String.join(", ", missing)
              + " with PUT /api/v1/messaging/settings before sending this",
          missing.stream()
              .map(field -> new DomainException.Detail(field, field + " is not set"))
              .toList());
    }
  }

  static String advertised(String text, MessagingSettings settings) {
    return AD_PREFIX
        + settings.senderName()
        + "\n"
        + text
        + "\n"
        + OPT_OUT_LABEL
        + new PhoneNumber(settings.optOutNumber()).display();
  }

  private static MessageType chooseType(MessageKind kind, boolean hasSubject, int bytes) {
    return switch (kind) {
      case SMS -> {
        if (bytes > MessageType.SMS_MAX_BYTES) {
          throw tooLong("text", bytes, MessageType.SMS_MAX_BYTES, "an SMS");
        }
        yield MessageType.SMS;
      }
      case AUTO, LMS -> {
        if (bytes > MessageType.LMS_MAX_BYTES) {
          throw tooLong("text", bytes, MessageType.LMS_MAX_BYTES, "an LMS");
        }
        yield kind == MessageKind.AUTO && !hasSubject && bytes <= MessageType.SMS_MAX_BYTES
            ? MessageType.SMS
            : MessageType.LMS;
      }
      case ALIMTALK -> throw new IllegalArgumentException("AlimTalk is not sized in bytes");
    };
  }

  private static void requireEucKr(String field, String value) {
    Set<String> outside = EucKr.unencodable(value);
    if (!outside.isEmpty()) {
      String message =
          field
              + " has characters that SMS and LMS cannot carry (outside EUC-KR): "
              + String.join(" ", outside)
              + "; remove or replace them";
      throw new DomainException(
          DomainException.Kind.UNPROCESSABLE,
          "TEXT_NOT_EUC_KR",
          message,
          List.of(new DomainException.Detail(field, message)));
    }
  }

  private static DomainException tooLong(String field, int size, int max, String what) {
    return tooLong(field, size + " bytes in EUC-KR", what + " allows " + max + " bytes");
  }

  private static DomainException tooLong(String field, String size, String limit) {
    String message = field + " is " + size + "; " + limit;
    return new DomainException(
        DomainException.Kind.UNPROCESSABLE,
        "TEXT_TOO_LONG",
        message,
        List.of(new DomainException.Detail(field, message)));
  }
}
