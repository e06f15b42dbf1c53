package kr.academy.omr.reading.painting;

/** How a pupil's pencil left a bubble. */
public enum Mark {
  /** Filled in firmly. */
  FULL(true),
  /** Filled in with a light pencil: about half as dark as a full mark. */
  FAINT(true),
  /** Filled in, then rubbed out: a light grey smudge that must not count as an answer. */
  ERASED(false);

  private final boolean answer;

  Mark(boolean answer) {
    this.answer = answer;
  }

  /** Whether the pupil meant this bubble as an answer. */
  public boolean answer() {
    return answer;
  }
}
