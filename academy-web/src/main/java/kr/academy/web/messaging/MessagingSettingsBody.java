package kr.academy.web.messaging;

import java.time.Instant;
import kr.academy.messaging.MessagingSettings;

/** The academy's messaging settings as the API shows them. */
public record MessagingSettingsBody(
    String senderNumber,
    String senderName,
    String optOutNumber,
    String kakaoChannelId,
    boolean alimtalkFallback,
    Instant updatedAt) {

  static MessagingSettingsBody of(MessagingSettings settings) {
    return new MessagingSettingsBody(
        settings.senderNumber(),
        settings.senderName(),
        settings.optOutNumber(),
        settings.kakaoChannelId(),
        settings.alimtalkFallback(),
        settings.updatedAt());
  }
}
