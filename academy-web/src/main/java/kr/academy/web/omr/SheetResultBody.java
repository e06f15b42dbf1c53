package kr.academy.web.omr;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Function;
import kr.academy.omr.exams.GradedAnswer;
import kr.academy.omr.exams.RosterStudent;
import kr.academy.omr.exams.SheetFlag;
import kr.academy.omr.exams.SheetResult;
import kr.academy.omr.exams.SheetSource;

/** How the API shows a graded sheet (docs/api.md, "Exam results"). */
final class SheetResultBody {

  private SheetResultBody() {}

  /**
   * @param source how the sheet's source is shown (the review adds where to download it)
   */
  static JsonObject of(SheetResult r, Function<SheetSource, JsonObject> source) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    r.graded().answers().forEach(a -> answers.add(answer(a)));
    JsonArrayBuilder sections = Json.createArrayBuilder();
    r.graded()
        .sections()
        .forEach(
            (name, score) ->
                sections.add(Json.createObjectBuilder().add("name", name).add("score", score)));
    JsonArrayBuilder candidates = Json.createArrayBuilder();
    r.candidates().forEach(c -> candidates.add(student(c)));
    JsonArrayBuilder flags = Json.createArrayBuilder();
    r.flags().stream().sorted().map(SheetFlag::name).forEach(flags::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("sheetId", r.sheetId().toString())
            .add("match", r.match().name())
            .add("candidates", candidates)
            .add("answers", answers)
            .add("sections", sections)
            .add("flags", flags)
            .add("reviewed", r.reviewed())
            .add("source", source.apply(r.source()));
    r.student()
        .ifPresentOrElse(s -> json.add("student", student(s)), () -> json.addNull("student"));
    r.studentNumber()
        .ifPresentOrElse(
            n -> json.add("studentNumber", n.digits()), () -> json.addNull("studentNumber"));
    if (r.graded().score() == null) {
      json.addNull("score");
    } else {
      json.add("score", r.graded().score());
    }
    r.unreadableReason()
        .ifPresentOrElse(
            reason -> json.add("unreadableReason", reason), () -> json.addNull("unreadableReason"));
    return json.build();
  }

  /** The file's name, its page and the job that read it. */
  static JsonObject source(SheetSource source) {
    return Json.createObjectBuilder()
        .add("jobId", source.job().toString())
        .add("fileName", source.file().fileName())
        .add("page", source.page())
        .build();
  }

  private static JsonObject answer(GradedAnswer a) {
    JsonArrayBuilder flags = Json.createArrayBuilder();
    a.flags().stream().sorted().forEach(f -> flags.add(f.name()));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("question", a.question().label())
            .add("marked", Json.createArrayBuilder(a.marked()))
            .add("correct", a.correct())
            .add("points", a.points())
            .add("confidence", a.confidence())
            .add("flags", flags);
    if (a.corrected() == null) {
      json.addNull("corrected");
    } else {
      JsonObjectBuilder corrected =
          Json.createObjectBuilder().add("at", a.corrected().at().toString());
      if (a.corrected().by() != null) {
        corrected.add("by", a.corrected().by());
      }
      if (a.read() != null) {
        corrected.add("read", Json.createArrayBuilder(a.read().marked()));
      }
      json.add("corrected", corrected);
    }
    return json.build();
  }

  private static JsonObject student(RosterStudent s) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("id", s.id());
    if (s.name() == null) {
      json.addNull("name");
    } else {
      json.add("name", s.name());
    }
    return json.build();
  }
}
