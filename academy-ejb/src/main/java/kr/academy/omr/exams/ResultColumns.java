package kr.academy.omr.exams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of an exam's results export: who (name, number read, how the student was found), the
 * total and each section's score, each question's answer as counted (several marks joined by
 * commas), what is flagged, and where the sheet came from.
 */
final class ResultColumns {

  private static final Map<MatchStatus, String> MATCH =
      Map.of(
          MatchStatus.MATCHED, "번호 일치",
          MatchStatus.ASSIGNED, "직접 지정",
          MatchStatus.AMBIGUOUS, "여러 명 일치",
          MatchStatus.UNKNOWN, "일치 없음",
          MatchStatus.NUMBER_UNREADABLE, "번호 판독 불가",
          MatchStatus.NO_NUMBER, "번호 없음");

  private ResultColumns() {}

  static List<String> header(ExamOutline outline) {
    List<String> header = new ArrayList<>(List.of("이름", "수험번호", "학생 확인", "총점"));
    header.addAll(outline.sections());
    header.addAll(outline.questions());
    header.addAll(List.of("검토 표시", "파일", "쪽"));
    return header;
  }

  static List<Object> row(ExamOutline outline, SheetResult result) {
    List<Object> row = new ArrayList<>();
    row.add(result.student().map(RosterStudent::name).orElse(null));
    row.add(result.studentNumber().map(StudentNumber::digits).orElse(null));
    row.add(MATCH.get(result.match()));
    row.add(result.graded().score());
    outline.sections().forEach(s -> row.add(result.graded().sections().get(s)));
    Map<String, GradedAnswer> answers = new java.util.HashMap<>();
    result.graded().answers().forEach(a -> answers.put(a.question().label(), a));
    for (String question : outline.questions()) {
      GradedAnswer answer = answers.get(question);
      row.add(answer == null ? null : String.join(",", answer.marked()));
    }
    row.add(String.join(", ", result.flags().stream().sorted().map(SheetFlag::name).toList()));
    row.add(result.source().file().fileName());
    row.add(java.math.BigDecimal.valueOf(result.source().page()));
    return row;
  }
}
