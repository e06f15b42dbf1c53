package kr.academy.students.imports;

/** The matching key of DESIGN §7 inside one academy: name and normalised parent phone. */
public record StudentKey(String name, String parentPhone) {}
