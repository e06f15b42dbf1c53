package kr.academy.omr.exams;

/** How a sheet's student was found. */
public enum MatchStatus {
  /** The number's digits end exactly one student's phone (or, failing that, one parent's). */
  MATCHED,
  /** Several students' phones end with the number (siblings share a parent's phone). */
  AMBIGUOUS,
  /** No active student's phone or parent's phone ends with the number. */
  UNKNOWN,
  /** The number could not be read: a digit marked twice, a gap, or too few digits. */
  NUMBER_UNREADABLE,
  /** The exam reads no number from its sheets, or the sheet could not be read at all. */
  NO_NUMBER,
  /** A person chose the student (PATCH). */
  ASSIGNED;

  public boolean found() {
    return this == MATCHED || this == ASSIGNED;
  }
}
