package kr.academy.web.messaging;

import kr.academy.messaging.MessagingSettings;

/**
 * PUT body: the sender number is required; the name and opt-out number matter for ads, the
 * KakaoTalk channel and the SMS fallback for AlimTalk.
 */
public record MessagingSettingsRequest(
    String senderNumber,
    String senderName,
    String optOutNumber,
    String kakaoChannelId,
    Boolean alimtalkFallback) {

  MessagingSettings.Change toChange() {
    return new MessagingSettings.Change(
        senderNumber,
        senderName,
        optOutNumber,
        kakaoChannelId,
        Boolean.TRUE.equals(alimtalkFallback));
  }
}
