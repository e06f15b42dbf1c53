package kr.academy.omr.exams;

import static kr.academy.omr.exams.SampleSheet.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.reading.ReadingFlag;
import org.junit.jupiter.api.Test;

/** The API's side of exams over in-memory ports: results, the review list and corrections. */
class ExamsTest {

  private final ExamDesk desk = new ExamDesk();
  private final UUID exam =
      desk.exam(
          "{\"q1\": \"A\", \"q2\": \"B\", \"q3\": [\"C\", \"D\"], \"q6\": \"12\"}",
          "{\"marks\": 5}");

  private static BigDecimal score(String value) {
    return new BigDecimal(value).setScale(2);
  }

  private static Map<String, List<String>> marks(String number, String... fieldAndValue) {
    Map<String, List<String>> marks = new HashMap<>();
    for (int i = 0; i < fieldAndValue.length; i += 2) {
      marks.put(
          fieldAndValue[i],
          fieldAndValue[i + 1].isEmpty() ? List.of() : List.of(fieldAndValue[i + 1].split(",")));
    }
    return SampleSheet.number(number, marks);
  }

  private SheetResult correct(UUID sheet, String answers, Long studentId, Boolean reviewed) {
    return desk.exams
        .correct(
            exam,
            sheet,
            new SheetCorrection(answers == null ? null : json(answers), studentId, reviewed),
            ExamDesk.TEACHER)
        .orElseThrow();
  }

  private static GradedAnswer answer(SheetResult result, String question) {
    return result.graded().answers().stream()
        .filter(a -> a.question().label().equals(question))
        .findFirst()
        .orElseThrow();
  }

  private List<UUID> review() {
    return desk.exams.results(exam, true, PageRequest.of(0, 20)).orElseThrow().items().stream()
        .map(SheetResult::sheetId)
        .toList();
  }

  @Test
  void resultsNameTheStudentTheCandidatesAndEveryAnswerInOrder() {
    desk.roster
        .add(11, "김하나", "01012345678", "01011110000")
        .add(12, "박세나", "01044442222", "01055556666")
        .add(13, "박네리", "01077778888", "01055556666");
    ExamSheet matched =
        desk.read(
            exam, 1, marks("5678", "q1", "A", "q2", "B", "q3", "D", "q6_1", "1", "q6_2", "2"));
    ExamSheet siblings = desk.read(exam, 2, marks("6666", "q1", "A"));

    Page<SheetResult> results =
        desk.exams.results(exam, false, PageRequest.of(0, 20)).orElseThrow();

    assertEquals(2, results.total());
    SheetResult first = results.items().get(0);
    assertEquals(matched.sheetId(), first.sheetId());
    assertEquals(Optional.of(new RosterStudent(11, "김하나")), first.student());
    assertEquals("5678", first.studentNumber().orElseThrow().digits());
    assertEquals(score("20"), first.graded().score());
    assertEquals(
        List.of("q1", "q2", "q3", "q6"),
        first.graded().answers().stream().map(a -> a.question().label()).toList());
    assertEquals(ExamDesk.page(desk.job, 1), first.source());
    SheetResult second = results.items().get(1);
    assertEquals(siblings.sheetId(), second.sheetId());
    assertEquals(Optional.empty(), second.student());
    assertEquals(
        List.of(new RosterStudent(12, "박세나"), new RosterStudent(13, "박네리")), second.candidates());
    assertEquals(List.of(second.sheetId()), review(), "only the ambiguous sheet waits");
  }

  @Test
  void aCorrectionRescoresKeepsTheReadingBesideItAndClearsTheFlagsItResolves() {
    desk.roster.add(11, "김하나", "01012345678", "01011110000");
    desk.clock.advance(java.time.Duration.ofMinutes(5));
    ExamSheet sheet =
        desk.read(
            exam, 1, marks("5678", "q1", "A,B", "q2", "C", "q6_1", "1", "q6_2", "2"), Set.of("q2"));
    assertEquals(List.of(sheet.sheetId()), review());

    SheetResult corrected =
        correct(sheet.sheetId(), "{\"q1\": \"A\", \"q3\": [\"C\", \"D\"]}", null, null);

    GradedAnswer q1 = answer(corrected, "q1");
    assertEquals(List.of("A"), q1.marked());
    assertTrue(q1.correct());
    assertEquals(Set.of(), q1.flags());
    assertEquals(1.0, q1.confidence());
    assertEquals(List.of("A", "B"), q1.read().marked(), "the sheet's reading is kept");
    assertEquals(ExamDesk.TEACHER, q1.corrected().by());
    assertEquals(desk.clock.instant(), q1.corrected().at());
    assertFalse(answer(corrected, "q3").correct(), "two marks, though both are accepted");
    assertEquals(Set.of(ReadingFlag.LOW_CONFIDENCE), answer(corrected, "q2").flags());
    assertEquals(score("10"), corrected.graded().score());
    assertEquals(Set.of(SheetFlag.ANSWERS_FLAGGED), corrected.flags(), "q2 is still doubtful");

    SheetResult confirmed = correct(sheet.sheetId(), "{\"q2\": \"C\", \"q3\": \"\"}", null, null);
    assertEquals(Set.of(), confirmed.flags());
    assertEquals(List.of(), answer(confirmed, "q3").marked());
    assertEquals(List.of(), review());
    assertEquals(
        Optional.of(score("10")), desk.sheetRows.find(exam, sheet.sheetId()).orElseThrow().score());
  }

  @Test
  void choosingTheStudentResolvesAnUnknownNumberAndSurvivesTheSheetBeingReadAgain() {
    desk.roster.add(11, "김하나", "01012345678", "01011110000");
    ExamSheet sheet =
        desk.read(
            exam, 1, marks("9999", "q1", "A", "q2", "B", "q3", "C", "q6_1", "1", "q6_2", "2"));
    assertEquals(Set.of(SheetFlag.STUDENT_UNKNOWN), sheet.flags());

    SheetResult assigned = correct(sheet.sheetId(), null, 11L, null);
    assertEquals(MatchStatus.ASSIGNED, assigned.match());
    assertEquals(Optional.of(new RosterStudent(11, "김하나")), assigned.student());
    assertEquals(Set.of(), assigned.flags());

    ExamSheet again = desk.read(exam, 1, marks("9999", "q1", "A"));
    assertEquals(MatchStatus.ASSIGNED, again.studentMatch());
    assertEquals(Optional.of(11L), again.studentId());
  }

  @Test
  void aStudentTheAcademyDoesNotHaveIsNotFound() {
    ExamSheet sheet = desk.read(exam, 1, marks("9999", "q1", "A"));

    DomainException refused =
        assertThrows(DomainException.class, () -> correct(sheet.sheetId(), null, 99L, null));
    assertEquals(DomainException.Kind.NOT_FOUND, refused.kind());
  }

  @Test
  void aSheetMarkedReviewedLeavesTheReviewListAndKeepsItsFlags() {
    ExamSheet sheet = desk.read(exam, 1, marks("9999", "q1", "A"));

    SheetResult reviewed = correct(sheet.sheetId(), null, null, true);

    assertTrue(reviewed.reviewed());
    assertTrue(reviewed.flags().contains(SheetFlag.STUDENT_UNKNOWN));
    assertEquals(List.of(), review());
  }

  @Test
  void anUnreadableSheetTypedInByAPersonIsScoredWithWhatWasLeftOutBlank() {
    UUID sheet =
        desk.grading
            .recordUnreadable(exam, ExamDesk.page(desk.job, 1), "markers not found")
            .orElseThrow();

    SheetResult typed = correct(sheet, "{\"q1\": \"A\", \"q6\": \"12\"}", null, null);

    assertEquals(score("10"), typed.graded().score());
    assertEquals(Set.of(ReadingFlag.BLANK), answer(typed, "q2").flags());
    assertEquals(0.0, answer(typed, "q2").confidence());
    assertEquals(
        Set.of(SheetFlag.UNREADABLE, SheetFlag.STUDENT_UNKNOWN, SheetFlag.ANSWERS_FLAGGED),
        typed.flags());
  }

  @Test
  void aCorrectionThatDoesNotFitTheKeyChangesNothing() {
    ExamSheet sheet = desk.read(exam, 1, marks("9999", "q1", "B"));

    DomainException refused =
        assertThrows(
            DomainException.class, () -> correct(sheet.sheetId(), "{\"q1\": \"Z\"}", null, null));

    assertEquals("INVALID_ANSWER_KEY", refused.code());
    assertEquals(Map.of(), desk.sheetRows.find(exam, sheet.sheetId()).orElseThrow().corrections());
  }

  @Test
  void aSheetOfAnotherExamOrAnUnknownExamIsNotFound() {
    ExamSheet sheet = desk.read(exam, 1, marks("9999", "q1", "A"));
    UUID other = desk.exam("{\"q1\": \"A\"}", null);
    SheetCorrection nothing = new SheetCorrection(null, null, true);

    assertEquals(Optional.empty(), desk.exams.correct(other, sheet.sheetId(), nothing, 1L));
    assertEquals(
        Optional.empty(), desk.exams.correct(UUID.randomUUID(), sheet.sheetId(), nothing, 1L));
    assertEquals(
        Optional.empty(), desk.exams.results(UUID.randomUUID(), false, PageRequest.of(0, 20)));
  }

  @Test
  void anExamShowsItsKeyAndItsSheetsCounts() {
    desk.read(exam, 1, marks("9999", "q1", "A"));

    ExamDetails details = desk.exams.find(exam).orElseThrow();

    assertEquals(4, details.exam().questionCount());
    assertEquals(score("20"), details.exam().maxScore());
    assertEquals(1, details.sheets());
    assertEquals(1, details.toReview());
    assertEquals(Optional.of("studentId"), details.exam().studentNumber());
    assertEquals(1, desk.exams.list(PageRequest.of(0, 20)).total());
  }
}
