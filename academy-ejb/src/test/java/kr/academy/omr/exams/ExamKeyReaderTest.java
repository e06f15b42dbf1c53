package kr.academy.omr.exams;

import static kr.academy.omr.exams.SampleSheet.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.omr.OmrLayout;
import org.junit.jupiter.api.Test;

/** Answer keys and scoring read against the sample sheet, and every refusal with its path. */
class ExamKeyReaderTest {

  private final OmrLayout layout = SampleSheet.layout();

  private static BigDecimal marks(String value) {
    return new BigDecimal(value).setScale(2);
  }

  private List<String> refusedAt(String answerKey, String scoring, String studentNumber) {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                ExamKeyReader.read(
                    layout,
                    json(answerKey),
                    scoring == null ? null : json(scoring),
                    studentNumber));
    assertEquals(DomainException.Kind.UNPROCESSABLE, refused.kind());
    assertEquals("INVALID_ANSWER_KEY", refused.code());
    return refused.details().stream().map(DomainException.Detail::field).toList();
  }

  @Test
  void aKeyWithSeveralAnswersWeightsSectionsAndAPenaltyIsReadInTheTemplatesOrder() {
    ExamKey key =
        ExamKeyReader.read(
            layout,
            json("{\"q6\": \"12\", \"q2\": [\"B\", \"C\"], \"q1\": \"A\", \"q3\": \"E\"}"),
            json(
                "{\"marks\": 2, \"penalty\": 0.5, \"questions\": {\"q2\": 4.25},"
                    + " \"sections\": {\"국어\": {\"questions\": [\"q1..3\"], \"marks\": 3},"
                    + " \"수리\": {\"questions\": [\"q6\"]}}}"),
            null);

    assertEquals(
        List.of("q1", "q2", "q3", "q6"),
        key.questions().stream().map(ExamQuestion::label).toList());
    ExamQuestion q1 = key.question("q1").orElseThrow();
    assertEquals(List.of("A"), q1.accepted());
    assertEquals(marks("3"), q1.marks(), "the section's marks");
    assertEquals("국어", q1.section());
    ExamQuestion q2 = key.question("q2").orElseThrow();
    assertEquals(List.of("B", "C"), q2.accepted());
    assertEquals(marks("4.25"), q2.marks(), "its own marks win over the section's");
    ExamQuestion q6 = key.question("q6").orElseThrow();
    assertEquals(List.of("q6_1", "q6_2"), q6.fields());
    assertTrue(q6.joined());
    assertEquals(marks("2"), q6.marks(), "the exam's marks");
    assertEquals("수리", q6.section());

    assertEquals(List.of("국어", "수리"), key.sections());
    assertEquals(marks("12.25"), key.maxScore());
    assertEquals(marks("10.25"), key.maxScore("국어"));
    assertEquals(marks("0.5"), key.penalty());
    assertEquals(Optional.of("studentId"), key.studentNumber(), "the only digits label not scored");
    assertEquals(List.of("id1", "id2", "id3", "id4"), key.studentNumberFields());
  }

  @Test
  void withoutScoringEachQuestionIsOneMarkAndNothingIsTakenOff() {
    ExamKey key = ExamKeyReader.read(layout, json("{\"q1\": \"A\"}"), null, null);

    assertEquals(marks("1"), key.question("q1").orElseThrow().marks());
    assertEquals(marks("0"), key.penalty());
    assertEquals(List.of(), key.sections());
  }

  @Test
  void aTwoDigitAnswerLeftOutOfTheKeyMakesTheStudentNumberAmbiguousSoNoneIsRead() {
    ExamKey key = ExamKeyReader.read(layout, json("{\"q1\": \"A\"}"), null, null);

    assertEquals(Optional.empty(), key.studentNumber());
    assertEquals(
        Optional.of("studentId"),
        ExamKeyReader.read(layout, json("{\"q1\": \"A\"}"), null, "studentId").studentNumber());
  }

  @Test
  void everyAnswerThatDoesNotFitTheTemplateIsNamedByItsPath() {
    assertEquals(
        List.of(
            "answerKey.q9",
            "answerKey.studentId",
            "answerKey.q1",
            "answerKey.q2",
            "answerKey.q3",
            "answerKey.q4[1]",
            "answerKey.q5[1]",
            "answerKey.q6"),
        refusedAt(
            "{\"q9\": \"A\", \"q1\": \"F\", \"q2\": [], \"q3\": 5, \"q4\": [\"A\", \"A\"],"
                + " \"q5\": [\"A\", \"\"], \"q6\": \"1\", \"studentId\": \"1234\"}",
            null,
            "studentId"));
    assertEquals(List.of("answerKey"), refusedAt("{}", null, null));
  }

  @Test
  void everyScoringProblemIsNamedByItsPath() {
    assertEquals(
        List.of(
            "scoring.bonus",
            "scoring.marks",
            "scoring.penalty",
            "scoring.sections.a.questions",
            "scoring.sections.b.questions",
            "scoring.sections.c.questions[0]",
            "scoring.sections.d.marks",
            "scoring.questions.q4"),
        refusedAt(
            "{\"q1\": \"A\", \"q2\": \"B\"}",
            "{\"bonus\": 1, \"marks\": -1, \"penalty\": 0.125, \"sections\": {"
                + "\"a\": {\"questions\": [\"q1\", \"q3\"]}, \"b\": {\"questions\": [\"q1\"]},"
                + " \"c\": {\"questions\": [\"q1..x\"]}, \"d\": {\"questions\": [\"q2\"],"
                + " \"marks\": \"2\"}}, \"questions\": {\"q4\": 2}}",
            null));
  }

  @Test
  void aStudentNumberMustBeALabelOfDigitsThatIsNotScored() {
    assertEquals(List.of("studentNumber"), refusedAt("{\"q2\": \"A\"}", null, "q1"));
    assertEquals(List.of("studentNumber"), refusedAt("{\"q1\": \"A\"}", null, "nope"));
    assertEquals(List.of("studentNumber"), refusedAt("{\"q1\": \"A\"}", null, "id1"));
  }

  @Test
  void correctionsAreCheckedAgainstTheKeyAndTheSheet() {
    ExamKey key =
        ExamKeyReader.read(
            layout,
            json("{\"q1\": \"A\", \"q2\": \"B\", \"q3\": \"C\", \"q6\": \"12\"}"),
            null,
            null);

    assertEquals(
        Map.of("q1", List.of("B"), "q2", List.of("A", "B"), "q3", List.of(), "q6", List.of("34")),
        ExamKeyReader.corrections(
            layout,
            key,
            json("{\"q1\": \"B\", \"q2\": [\"A\", \"B\"], \"q3\": \"\", \"q6\": \"34\"}")));

    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                ExamKeyReader.corrections(
                    layout, key, json("{\"q6\": [\"3\", \"4\"], \"q1\": \"Z\", \"q4\": \"A\"}")));
    assertEquals(DomainException.Kind.UNPROCESSABLE, refused.kind());
    assertEquals(
        List.of("answers.q6", "answers.q1", "answers.q4"),
        refused.details().stream().map(DomainException.Detail::field).toList());
  }
}
