package kr.academy.omr.exams;

/** A student as a sheet's result names them. */
public record RosterStudent(long id, String name) {}
