package kr.academy.omr.exams;

/** An exam with its key as applied and how many of its sheets there are and wait for a person. */
public record ExamDetails(Exam exam, ExamKey key, long sheets, long toReview) {}
