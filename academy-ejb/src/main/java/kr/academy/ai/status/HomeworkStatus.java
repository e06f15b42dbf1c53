package kr.academy.ai.status;

/** Whether a page, or an answer space on it, has been done (docs/ai.md, Status detection). */
public enum HomeworkStatus {
  /** No writing, or only a stray mark: fewer written lines than {@code blankBelow}. */
  BLANK,
  /** Some of the lines are written, not most. */
  PARTIAL,
  /** At least {@code completeFrom} of the lines carry writing. */
  COMPLETE
}
