package kr.academy.omr.exams;

/**
 * The student's number as read from the sheet's digit grid. {@code readable} is false when a digit
 * has several marks, or a blank lies between marked digits (blank columns before or after the
 * number are fine: a short number need not fill the grid); {@code doubtful} when a digit was read
 * with low confidence.
 */
public record StudentNumber(String digits, boolean readable, boolean doubtful) {}
