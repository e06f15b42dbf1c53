package kr.academy.messaging;

import java.time.Instant;

/** One recipient as the batch's detail shows it. */
public record RecipientView(
    int position,
    String given,
    Audience audience,
    Long studentId,
    String phone,
    RecipientStatus status,
    String reason,
    MessageType type,
    String statusCode,
    Instant sendAfter,
    Instant sentAt,
    Instant updatedAt) {}
