package kr.academy.omr.exams;

import java.util.List;
import java.util.Optional;

/**
 * The student a sheet belongs to, as found from its number: the student when exactly one matches,
 * the candidates when several do.
 */
public record StudentMatch(MatchStatus status, Optional<Long> studentId, List<Long> candidates) {

  public StudentMatch {
    candidates = List.copyOf(candidates);
  }

  static StudentMatch none(MatchStatus status) {
    return new StudentMatch(status, Optional.empty(), List.of());
  }

  static StudentMatch of(MatchStatus status, long studentId) {
    return new StudentMatch(status, Optional.of(studentId), List.of());
  }
}
