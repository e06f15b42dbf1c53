package kr.academy.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A change to one recipient after the provider's word: the new status with its reason and the
 * provider's ids. A text sent again (a retry, an AlimTalk's SMS fallback) gets a new {@code key},
 * and may get a new {@code type} and a {@code sendAfter}; null keeps what the row has.
 */
public record Settlement(
    long recipientId,
    RecipientStatus status,
    String reason,
    String statusCode,
    String messageId,
    String groupId,
    UUID key,
    MessageType type,
    Instant sendAfter) {}
