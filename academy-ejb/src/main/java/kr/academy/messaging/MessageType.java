package kr.academy.messaging;

/** What the provider sends: a short text, a long text with a subject, or a KakaoTalk AlimTalk. */
public enum MessageType {
  SMS,
  LMS,
  /** AlimTalk (알림톡): a KakaoTalk message from a registered template. */
  ATA;

  /** SMS carries 90 bytes in EUC-KR: 45 Korean or 90 Latin characters. */
  public static final int SMS_MAX_BYTES = 90;

  /** LMS carries 2,000 bytes in EUC-KR. */
  public static final int LMS_MAX_BYTES = 2_000;

  /** An LMS subject carries 40 bytes in EUC-KR. */
  public static final int SUBJECT_MAX_BYTES = 40;

  /** AlimTalk counts characters, not bytes. */
  public static final int ALIMTALK_MAX_CHARS = 1_000;
}
