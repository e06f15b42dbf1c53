package kr.academy.omr.exams;

/** Why a person should look at a whole sheet. */
public enum SheetFlag {
  /** The sheet could not be matched to its template: nothing on it was read. */
  UNREADABLE,
  /** No student was found for it (no number on the sheet, or no phone ends with it). */
  STUDENT_UNKNOWN,
  /** Several students' phones end with its number. */
  STUDENT_AMBIGUOUS,
  /** Its number could not be read (a digit marked twice, a gap, too few digits). */
  STUDENT_NUMBER_UNREADABLE,
  /** A student was matched, but a digit of the number was read with low confidence. */
  STUDENT_NUMBER_DOUBTFUL,
  /** At least one answer is flagged (blank, several marks, low confidence). */
  ANSWERS_FLAGGED
}
