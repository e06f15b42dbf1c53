package kr.academy.web.omr;

import jakarta.json.JsonObject;

/**
 * A person's changes to a sheet: questions as they read them ({@code "q3": "B"}, {@code ["B",
 * "C"]}, {@code ""}), the student it belongs to, and whether the whole sheet has been looked at.
 */
public record SheetCorrectionRequest(JsonObject answers, Long studentId, Boolean reviewed) {}
