package kr.academy.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * One text to one phone, as claimed for a provider call. {@code key} is its idempotency key: it is
 * recorded before the call and sent along, so a text whose call ended in doubt can be found again.
 */
public record OutgoingText(
    long recipientId, UUID key, String phone, MessageType type, int attempts, Instant sendingAt) {}
