package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An exam as a list shows it, read without its key. */
public record ExamSummary(
    UUID id,
    String title,
    UUID templateId,
    int questionCount,
    BigDecimal maxScore,
    Instant createdAt) {}
