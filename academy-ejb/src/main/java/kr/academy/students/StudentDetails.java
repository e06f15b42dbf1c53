package kr.academy.students;

/** A student as a person typed it: raw text, validated when it reaches {@link Student}. */
public record StudentDetails(
    String name, String phone, String parentPhone, String school, String grade, String memo) {}
