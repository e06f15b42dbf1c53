package kr.academy.omr.exams;

import java.util.List;
import java.util.Optional;

/**
 * Finds a sheet's student from the number on it (docs/omr.md, "Matching the student"): academies
 * here commonly have students write the last digits of their phone as their 수험번호, so the number's
 * digits are matched to the end of each active student's own phone, and only when no student's
 * phone matches, to the end of the parent's phone. One match is the student; several are ambiguous
 * and none unknown, both left to a person.
 */
public final class StudentMatcher {

  /** Candidates shown for an ambiguous number; more than a person picks from. */
  static final int CANDIDATES = 5;

  private final ExamRoster roster;
  private final int minDigits;

  /**
   * @param minDigits fewer digits than this match too many phones to mean anyone
   */
  public StudentMatcher(ExamRoster roster, int minDigits) {
    this.roster = roster;
    this.minDigits = minDigits;
  }

  public StudentMatch match(Optional<StudentNumber> read) {
    if (read.isEmpty()) {
      return StudentMatch.none(MatchStatus.NO_NUMBER);
    }
    StudentNumber number = read.get();
    if (!number.readable()
        || number.digits().length() < minDigits
        || !number.digits().chars().allMatch(c -> c >= '0' && c <= '9')) {
      return StudentMatch.none(MatchStatus.NUMBER_UNREADABLE);
    }
    List<RosterStudent> found = roster.byPhoneEnding(number.digits(), CANDIDATES);
    if (found.isEmpty()) {
      found = roster.byParentPhoneEnding(number.digits(), CANDIDATES);
    }
    if (found.size() == 1) {
      return StudentMatch.of(MatchStatus.MATCHED, found.get(0).id());
    }
    if (found.isEmpty()) {
      return StudentMatch.none(MatchStatus.UNKNOWN);
    }
    return new StudentMatch(
        MatchStatus.AMBIGUOUS, Optional.empty(), found.stream().map(RosterStudent::id).toList());
  }
}
