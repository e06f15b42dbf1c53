package kr.academy.omr.exams;

import jakarta.json.JsonObject;

/**
 * A person's changes to a sheet (docs/omr.md, "Corrections"): some questions as they read them,
 * whose sheet it is, and whether they have looked at all of it. Absent parts change nothing.
 */
public record SheetCorrection(JsonObject answers, Long studentId, Boolean reviewed) {}
