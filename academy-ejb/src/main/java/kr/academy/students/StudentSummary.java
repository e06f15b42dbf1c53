package kr.academy.students;

import java.time.Instant;

/** A roster line: what a list shows (no memo, no timestamps but the removal), nothing more. */
public record StudentSummary(
    long id,
    String name,
    String phone,
    String parentPhone,
    String school,
    String grade,
    Instant deletedAt) {}
