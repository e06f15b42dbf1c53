package kr.academy.omr;

import java.time.Instant;
import java.util.UUID;

/** A template as a list shows it, read without its JSON or marker. */
public record OmrTemplateSummary(
    UUID id,
    String name,
    TemplateFormat format,
    int pageWidth,
    int pageHeight,
    int fieldCount,
    int questionCount,
    Instant createdAt) {}
