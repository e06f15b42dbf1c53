package kr.academy.web.omr;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import kr.academy.omr.exams.Exam;
import kr.academy.omr.exams.ExamDetails;
import kr.academy.omr.exams.ExamKey;
import kr.academy.omr.exams.ExamSummary;

/** How the API shows an exam: a summary in lists, its key as applied when asked for one. */
final class ExamBody {

  private ExamBody() {}

  static JsonObject summary(ExamSummary e) {
    return Json.createObjectBuilder()
        .add("id", e.id().toString())
        .add("title", e.title())
        .add("templateId", e.templateId().toString())
        .add("questionCount", e.questionCount())
        .add("maxScore", e.maxScore())
        .add("createdAt", e.createdAt().toString())
        .build();
  }

  /**
   * The exam with its answer key and scoring as given and as applied: every question with its
   * accepted answers, marks and section, and each section's full marks.
   */
  static JsonObject of(ExamDetails details) {
    Exam exam = details.exam();
    ExamKey key = details.key();
    JsonArrayBuilder questions = Json.createArrayBuilder();
    key.questions()
        .forEach(
            q -> {
              JsonObjectBuilder question =
                  Json.createObjectBuilder()
                      .add("question", q.label())
                      .add("accepted", Json.createArrayBuilder(q.accepted()))
                      .add("marks", q.marks());
              if (q.section() != null) {
                question.add("section", q.section());
              }
              questions.add(question);
            });
    JsonArrayBuilder sections = Json.createArrayBuilder();
    key.sections()
        .forEach(
            s ->
                sections.add(
                    Json.createObjectBuilder().add("name", s).add("maxScore", key.maxScore(s))));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", exam.examId().toString())
            .add("title", exam.title())
            .add("templateId", exam.templateId().toString())
            .add("questionCount", exam.questionCount())
            .add("maxScore", exam.maxScore())
            .add("answerKey", exam.answerKey())
            .add("scoring", exam.scoring())
            .add("penalty", key.penalty())
            .add("questions", questions)
            .add("sections", sections)
            .add("sheets", details.sheets())
            .add("toReview", details.toReview())
            .add("createdAt", exam.createdAt().toString());
    exam.studentNumber()
        .ifPresentOrElse(n -> json.add("studentNumber", n), () -> json.addNull("studentNumber"));
    return json.build();
  }
}
