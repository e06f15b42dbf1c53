package kr.academy.web.messaging;

import kr.academy.messaging.MessagingSettings;

/** PUT body: the sender number is required; the name and opt-out number matter for ads. */
public record MessagingSettingsRequest(
    String senderNumber, String senderName, String optOutNumber) {

  MessagingSettings.Change toChange() {
    return new MessagingSettings.Change(senderNumber, senderName, optOutNumber);
  }
}
