package kr.academy.omr.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.omr.reading.ReadingFlag;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** ExamGrading over in-memory ports: scores, flags, the student's number, one sheet per page. */
class ExamGradingTest {

  private static final String KEY =
      "{\"q1\": \"A\", \"q2\": [\"B\", \"C\"], \"q3\": \"D\", \"q4\": \"E\", \"q6\": \"12\"}";
  private static final String SCORING =
      "{\"marks\": 2, \"penalty\": 0.5, \"questions\": {\"q6\": 4},"
          + " \"sections\": {\"객관식\": {\"questions\": [\"q1..4\"]}, \"주관식\": {\"questions\": [\"q6\"]}}}";

  private final ExamDesk desk = new ExamDesk();
  private final UUID exam = desk.exam(KEY, SCORING);

  private static BigDecimal score(String value) {
    return new BigDecimal(value).setScale(2);
  }

  private GradedSheet graded(ExamSheet sheet) {
    return sheet.graded(desk.exams.find(exam).orElseThrow().key());
  }

  private static GradedAnswer answer(GradedSheet sheet, String question) {
    return sheet.answers().stream()
        .filter(a -> a.question().label().equals(question))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, List<String>> allRight(String number) {
    return SampleSheet.number(
        number,
        Map.of(
            "q1", List.of("A"),
            "q2", List.of("C"),
            "q3", List.of("D"),
            "q4", List.of("E"),
            "q6_1", List.of("1"),
            "q6_2", List.of("2")));
  }

  @Test
  void aSheetWithEveryAnswerRightScoresFullMarksPerSectionAndNeedsNoReview() {
    desk.roster.add(11, "김하나", "01012345678", "01099990000");

    ExamSheet sheet = desk.read(exam, 1, allRight("5678"));

    GradedSheet graded = graded(sheet);
    assertEquals(score("12"), graded.score());
    assertEquals(Map.of("객관식", score("8"), "주관식", score("4")), graded.sections());
    assertTrue(answer(graded, "q2").correct(), "C is one of the answers accepted");
    assertEquals(List.of("12"), answer(graded, "q6").marked(), "a two-digit answer read as one");
    assertEquals(MatchStatus.MATCHED, sheet.studentMatch());
    assertEquals(Optional.of(11L), sheet.studentId());
    assertEquals(Set.of(), sheet.flags());
    assertFalse(sheet.needsReview());
    assertEquals(Optional.of(score("12")), sheet.score());
  }

  @Test
  void severalMarksNeverScoreAndThePenaltyTakesOffForWrongAnswersButNotForBlanks() {
    desk.roster.add(11, "김하나", "01012345678", "01099990000");
    Map<String, List<String>> marks = new java.util.HashMap<>(allRight("5678"));
    marks.put("q1", List.of("A", "B"));
    marks.put("q2", List.of("B", "C"));
    marks.put("q3", List.of("A"));
    marks.remove("q4");
    marks.put("q6_2", List.of("3"));

    GradedSheet graded = graded(desk.read(exam, 1, marks));

    assertEquals(Set.of(ReadingFlag.MULTIPLE), answer(graded, "q1").flags());
    assertFalse(answer(graded, "q1").correct());
    assertEquals(score("-0.5"), answer(graded, "q1").points());
    assertFalse(answer(graded, "q2").correct(), "both accepted answers marked is still two marks");
    assertEquals(score("-0.5"), answer(graded, "q3").points());
    assertEquals(Set.of(ReadingFlag.BLANK), answer(graded, "q4").flags());
    assertEquals(score("0"), answer(graded, "q4").points());
    assertEquals(List.of("13"), answer(graded, "q6").marked());
    assertEquals(score("-2"), graded.score());
    assertEquals(Map.of("객관식", score("-1.5"), "주관식", score("-0.5")), graded.sections());
  }

  @Test
  void aDoubtfulAnswerStillScoresButIsFlaggedForReview() {
    desk.roster.add(11, "김하나", "01012345678", "01099990000");

    ExamSheet sheet = desk.read(exam, 1, allRight("5678"), Set.of("q3", "q6_2"));

    GradedSheet graded = graded(sheet);
    assertEquals(score("12"), graded.score());
    assertEquals(Set.of(ReadingFlag.LOW_CONFIDENCE), answer(graded, "q3").flags());
    assertEquals(0.4, answer(graded, "q3").confidence());
    assertEquals(0.4, answer(graded, "q6").confidence(), "the least sure of its fields");
    assertEquals(Set.of(SheetFlag.ANSWERS_FLAGGED), sheet.flags());
    assertTrue(sheet.needsReview());
  }

  @Test
  void theNumberIsMatchedToTheEndOfAStudentsPhoneBeforeAParentsPhone() {
    desk.roster
        .add(11, "김하나", "01012345678", "01011112222")
        .add(12, "이두리", null, "01033335678")
        .add(13, "박세나", "01044442222", "01055556666")
        .add(14, "박네리", "01077778888", "01055556666")
        .addRemoved(15, "최다섯", "01000004321", "01000009999");

    ExamSheet own = desk.read(exam, 1, allRight("5678"));
    assertEquals(Optional.of(11L), own.studentId(), "a student's own phone before 이두리's parent");
    ExamSheet overParent = desk.read(exam, 2, allRight("2222"));
    assertEquals(Optional.of(13L), overParent.studentId(), "박세나's phone before 김하나's parent");

    ExamSheet siblings = desk.read(exam, 3, allRight("6666"));
    assertEquals(MatchStatus.AMBIGUOUS, siblings.studentMatch());
    assertEquals(List.of(13L, 14L), siblings.candidates());
    assertEquals(Set.of(SheetFlag.STUDENT_AMBIGUOUS), siblings.flags());
    assertEquals(Optional.empty(), siblings.studentId());

    ExamSheet nobody = desk.read(exam, 4, allRight("4321"));
    assertEquals(MatchStatus.UNKNOWN, nobody.studentMatch(), "a removed student is not matched");
    assertEquals(Set.of(SheetFlag.STUDENT_UNKNOWN), nobody.flags());
  }

  @Test
  void onlyAParentsPhoneEndingInTheNumberFindsTheStudent() {
    desk.roster.add(12, "이두리", null, "01033335678");

    ExamSheet sheet = desk.read(exam, 1, allRight("5678"));

    assertEquals(MatchStatus.MATCHED, sheet.studentMatch());
    assertEquals(Optional.of(12L), sheet.studentId());
  }

  @Test
  void aNumberWithADoubleMarkAGapOrTooFewDigitsIsUnreadableAndADoubtfulDigitIsFlagged() {
    desk.roster.add(11, "김하나", "01012345678", "01011112222");
    Map<String, List<String>> doubled = new java.util.HashMap<>(allRight("5678"));
    doubled.put("id2", List.of("6", "7"));

    ExamSheet twice = desk.read(exam, 1, doubled);
    ExamSheet gap = desk.read(exam, 2, allRight("56 8"));
    ExamSheet tooShort = desk.read(exam, 3, allRight("  78"));
    ExamSheet leadingBlank = desk.read(exam, 4, allRight(" 678"));
    ExamSheet doubtful = desk.read(exam, 5, allRight("5678"), Set.of("id3"));

    assertEquals(MatchStatus.NUMBER_UNREADABLE, twice.studentMatch());
    assertEquals(Set.of(SheetFlag.STUDENT_NUMBER_UNREADABLE), twice.flags());
    assertEquals(MatchStatus.NUMBER_UNREADABLE, gap.studentMatch());
    assertEquals(MatchStatus.NUMBER_UNREADABLE, tooShort.studentMatch());
    assertEquals(MatchStatus.NUMBER_UNREADABLE, leadingBlank.studentMatch(), "three digits");
    assertEquals(MatchStatus.MATCHED, doubtful.studentMatch());
    assertEquals(Set.of(SheetFlag.STUDENT_NUMBER_DOUBTFUL), doubtful.flags());
  }

  @Test
  void anExamWithoutANumberOnItsSheetsLeavesEveryStudentToAPerson() {
    UUID noNumber = desk.exam("{\"q1\": \"A\"}", null);

    ExamSheet sheet = desk.read(noNumber, 1, allRight("5678"));

    assertEquals(MatchStatus.NO_NUMBER, sheet.studentMatch());
    assertEquals(Set.of(SheetFlag.STUDENT_UNKNOWN), sheet.flags());
  }

  @Test
  void thePageReadAgainReplacesItsSheetAndKeepsAPersonsCorrections() {
    desk.roster.add(11, "김하나", "01012345678", "01011112222");
    Map<String, List<String>> blankQ3 = new java.util.HashMap<>(allRight("5678"));
    blankQ3.remove("q3");
    ExamSheet first = desk.read(exam, 1, blankQ3);
    desk.exams.correct(
        exam,
        first.sheetId(),
        new SheetCorrection(SampleSheet.json("{\"q1\": \"B\"}"), null, null),
        ExamDesk.TEACHER);

    ExamSheet again = desk.read(exam, 1, allRight("5678"));
    desk.read(exam, 2, allRight("5678"));

    assertEquals(first.sheetId(), again.sheetId());
    assertEquals(2, desk.sheetRows.all().size(), "page 1 once, page 2 once");
    GradedSheet graded = graded(again);
    assertEquals(List.of("D"), answer(graded, "q3").marked(), "the new reading");
    assertEquals(List.of("B"), answer(graded, "q1").marked(), "the correction kept");
    assertEquals(score("9.5"), graded.score(), "q1 wrong now: 12 - 2 - 0.5");
  }

  @Test
  void anUnreadableSheetHasNoAnswersNoScoreAndIsReviewed() {
    UUID sheetId =
        desk.grading
            .recordUnreadable(
                exam, ExamDesk.page(desk.job, 1), "the four corner markers were not found")
            .orElseThrow();

    ExamSheet sheet = desk.sheetRows.find(exam, sheetId).orElseThrow();
    assertEquals(Optional.of("the four corner markers were not found"), sheet.unreadableReason());
    assertEquals(Set.of(SheetFlag.UNREADABLE, SheetFlag.STUDENT_UNKNOWN), sheet.flags());
    assertEquals(List.of(), graded(sheet).answers());
    assertNull(graded(sheet).score());
    assertEquals(Optional.empty(), sheet.score());
    assertTrue(sheet.needsReview());

    desk.roster.add(11, "김하나", "01012345678", "01011112222");
    ExamSheet read = desk.read(exam, 1, allRight("5678"));
    assertEquals(sheetId, read.sheetId());
    assertEquals(Optional.empty(), read.unreadableReason());
    assertEquals(Set.of(), read.flags());
  }

  @Test
  void aDeletedExamRecordsNothingAndTheLayoutIsTheTemplates() {
    assertEquals(desk.template.layout(), desk.grading.layoutOf(exam).orElseThrow().layout());
    assertEquals(Optional.empty(), desk.grading.layoutOf(exam).orElseThrow().marker());
    assertTrue(desk.exams.remove(exam));

    assertEquals(Optional.empty(), desk.grading.layoutOf(exam));
    assertEquals(
        Optional.empty(),
        desk.grading.record(
            exam, ExamDesk.page(desk.job, 1), SampleSheet.reading(allRight("5678"), Set.of())));
    assertEquals(
        Optional.empty(), desk.grading.recordUnreadable(exam, ExamDesk.page(desk.job, 1), "x"));
    assertEquals(List.of(), desk.sheetRows.all());
  }

  @Test
  void aFileOfAnotherAcademyIsRefused() {
    SheetSource foreign =
        new SheetSource(
            JobId.random(),
            StoredFile.of(new TenantId(8), StorageBucket.AI, "omr/uploads/scan.pdf", "scan.pdf"),
            1);

    assertThrows(
        IllegalArgumentException.class,
        () -> desk.grading.recordUnreadable(exam, foreign, "markers not found"));
    assertEquals(List.of(), desk.sheetRows.all());
  }
}
