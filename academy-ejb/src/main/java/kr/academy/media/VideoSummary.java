package kr.academy.media;

import java.time.Instant;
import java.util.UUID;

/** A video in a list: what a list shows, without pages or URLs. */
public record VideoSummary(
    UUID id,
    String title,
    VideoStatus status,
    boolean published,
    Double durationSeconds,
    Integer width,
    Integer height,
    Instant createdAt,
    Instant updatedAt) {}
