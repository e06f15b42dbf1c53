package kr.academy.omr.exams;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One sheet as results, the review and the export show it: its student (when found) and how, the
 * number read, the candidates of an ambiguous number, the graded answers and scores, its flags.
 */
public record SheetResult(
    UUID sheetId,
    long position,
    SheetSource source,
    Optional<RosterStudent> student,
    MatchStatus match,
    Optional<StudentNumber> studentNumber,
    List<RosterStudent> candidates,
    GradedSheet graded,
    Set<SheetFlag> flags,
    boolean reviewed,
    Optional<String> unreadableReason) {

  public SheetResult {
    candidates = List.copyOf(candidates);
    flags = Set.copyOf(flags);
  }
}
