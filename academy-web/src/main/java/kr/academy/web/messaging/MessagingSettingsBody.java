package kr.academy.web.messaging;

import java.time.Instant;
import kr.academy.messaging.MessagingSettings;

/** The academy's messaging settings as the API shows them. */
public record MessagingSettingsBody(
    String senderNumber, String senderName, String optOutNumber, Instant updatedAt) {

  static MessagingSettingsBody of(MessagingSettings settings) {
    return new MessagingSettingsBody(
        settings.senderNumber(),
        settings.senderName(),
        settings.optOutNumber(),
        settings.updatedAt());
  }
}
