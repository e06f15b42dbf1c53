package kr.academy.students.imports;

/** A student row an import writes: a new one ({@code id} 0) or the new state of a matched one. */
public record StudentWrite(
    long id, StudentKey key, String phone, String school, String grade, String memo) {}
