package kr.academy.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobId;
import kr.academy.jobs.ProgressReporter;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplates;
import kr.academy.omr.exams.ExamGrading;
import kr.academy.omr.exams.SheetLayout;
import kr.academy.omr.exams.SheetSource;
import kr.academy.omr.reading.FieldReading;
import kr.academy.omr.reading.SheetReader;
import kr.academy.omr.reading.SheetReading;
import kr.academy.omr.reading.SheetUnreadable;

/**
 * OMR_GRADE: every page is an answer sheet, read against its template.
 *
 * <ul>
 *   <li>With an exam: each sheet is graded into the exam ({@link ExamGrading}, one transaction a
 *       sheet, the same page of a redelivered job replacing its earlier sheet); a sheet that cannot
 *       be matched to the template is kept for review with the reason. The job's result counts
 *       them; the sheets are the exam's results.
 *   <li>With a template alone: the marks are returned as read, each field with its confidence and
 *       flags, without scores.
 * </ul>
 */
@ApplicationScoped
public class ReadAnswerSheets {

  private JobPages pages;
  private SheetReader reader;
  private OmrTemplates templates;
  private ExamGrading exams;

  /** For CDI's proxy. */
  protected ReadAnswerSheets() {}

  @Inject
  public ReadAnswerSheets(
      JobPages pages, SheetReader reader, OmrTemplates templates, ExamGrading exams) {
    this.pages = pages;
    this.reader = reader;
    this.templates = templates;
    this.exams = exams;
  }

  public JsonObject read(JobId job, AiJobInput input, ProgressReporter progress)
      throws IOException {
    Optional<UUID> exam = AiOptions.exam(input.options());
    if (exam.isPresent()) {
      return grade(job, exam.get(), input, progress);
    }
    UUID templateId = AiOptions.template(input.options()).orElseThrow();
    OmrTemplate template =
        templates
            .find(templateId)
            .orElseThrow(() -> DomainException.notFound("the job's template"));
    OmrLayout layout = template.layout();
    Optional<MarkerImage> marker = template.marker();
    PageResults results = new PageResults();
    int[] unreadable = new int[1];
    pages.forEach(
        input,
        progress,
        "reading",
        page -> {
          try {
            results.add(page, reading(reader.read(page.image(), layout, marker)));
          } catch (SheetUnreadable e) {
            unreadable[0]++;
            results.add(page, Json.createObjectBuilder().add("unreadable", e.getMessage()));
          }
        });
    return results.build(
        Json.createObjectBuilder()
            .add("templateId", templateId.toString())
            .add("unreadableSheets", unreadable[0]));
  }

  private JsonObject grade(JobId job, UUID examId, AiJobInput input, ProgressReporter progress)
      throws IOException {
    SheetLayout layout =
        exams.layoutOf(examId).orElseThrow(() -> DomainException.notFound("the job's exam"));
    int[] counts = new int[2];
    pages.forEach(
        input,
        progress,
        "grading",
        page -> {
          SheetSource source = new SheetSource(job, page.file().file(), page.pageInFile());
          try {
            SheetReading reading = reader.read(page.image(), layout.layout(), layout.marker());
            stillThere(exams.record(examId, source, reading));
            counts[0]++;
          } catch (SheetUnreadable e) {
            stillThere(exams.recordUnreadable(examId, source, e.getMessage()));
            counts[1]++;
          }
        });
    return Json.createObjectBuilder()
        .add("examId", examId.toString())
        .add("pageCount", input.pageCount())
        .add("gradedSheets", counts[0])
        .add("unreadableSheets", counts[1])
        .build();
  }

  /** An exam deleted while its sheets are read ends the job: there is nowhere to grade them. */
  private static void stillThere(Optional<UUID> sheet) {
    if (sheet.isEmpty()) {
      throw DomainException.notFound("the job's exam (it was deleted while its sheets were read)");
    }
  }

  /** A sheet's reading as the job's result shows it. */
  static JsonObjectBuilder reading(SheetReading sheet) {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (FieldReading field : sheet.fields()) {
      JsonArrayBuilder flags = Json.createArrayBuilder();
      field.flags().stream().map(Enum::name).sorted().forEach(flags::add);
      fields.add(
          Json.createObjectBuilder()
              .add("label", field.label())
              .add("value", field.value())
              .add("marked", Json.createArrayBuilder(field.marked()))
              .add("confidence", Math.round(field.confidence() * 1000) / 1000.0)
              .add("flags", flags));
    }
    JsonObjectBuilder custom = Json.createObjectBuilder();
    sheet.customValues().forEach(custom::add);
    return Json.createObjectBuilder()
        .add("alignment", sheet.alignment().name())
        .add("threshold", Math.round(sheet.threshold() * 10) / 10.0)
        .add("customValues", custom)
        .add("fields", fields);
  }
}
