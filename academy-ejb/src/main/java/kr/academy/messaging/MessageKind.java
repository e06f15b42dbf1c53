package kr.academy.messaging;

/** What the sender asks for; AUTO lets the text's size in EUC-KR bytes choose SMS or LMS. */
public enum MessageKind {
  AUTO,
  SMS,
  LMS,
  ALIMTALK
}
