package kr.academy.web.omr;

import jakarta.json.JsonObject;

/**
 * An exam to create: its title, the template its sheets are read against, the answer key, the
 * scoring (optional) and the label holding the student's number (optional), docs/omr.md.
 */
public record ExamRequest(
    String title,
    String templateId,
    JsonObject answerKey,
    JsonObject scoring,
    String studentNumber) {}
