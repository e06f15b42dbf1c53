package kr.academy.students;

import java.time.Instant;

/** A roster line as a spreadsheet export carries it. */
public record StudentExportRow(
    long id,
    String name,
    String phone,
    String parentPhone,
    String school,
    String grade,
    String memo,
    Instant createdAt) {}
