package kr.academy.messaging;

/** Where one recipient's text stands. */
public enum RecipientStatus {
  /** Never sent: the reason says why (a bad number, an opt-out, a duplicate). */
  INVALID,
  /** Held by the platform until its time: a scheduled send, or an ad held until 08:00. */
  SCHEDULED,
  /** Released, waiting for the messaging worker. */
  QUEUED,
  /** Its idempotency key is recorded and the provider is being called. */
  SENDING,
  /** The provider accepted it. */
  SENT,
  /** The carrier reported it received. */
  DELIVERED,
  FAILED,
  CANCELLED
}
