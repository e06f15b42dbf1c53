package kr.academy.web.omr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kr.academy.ai.AiJobs;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.Validation;
import kr.academy.identity.Role;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobType;
import kr.academy.jobs.Jobs;
import kr.academy.omr.exams.Exam;
import kr.academy.omr.exams.ExamDetails;
import kr.academy.omr.exams.Exams;
import kr.academy.omr.exams.SheetCorrection;
import kr.academy.omr.exams.SheetResult;
import kr.academy.omr.exams.SheetSource;
import kr.academy.platform.storage.ObjectStorage;
import kr.academy.web.QueryParams;
import kr.academy.web.Requester;
import kr.academy.web.ai.PageUploadParts;
import kr.academy.web.jobs.JobAccepted;
import kr.academy.web.security.AcceptsUpload;
import kr.academy.web.security.CreatesJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Exams graded on OMR templates, their results, the review and corrections (docs/omr.md, "Exams and
 * grading"), for academies on BASIC or PREMIUM (403 on LITE). Owners, staff and teachers use them;
 * another academy's exam or sheet is a 404, exactly like a missing one.
 */
@Path("/exams")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME})
public class ExamsResource {

  @Inject Exams exams;
  @Inject Jobs jobs;
  @Inject AiJobs ai;
  @Inject ObjectStorage storage;
  @Inject Requester requester;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create an exam on a template: answerKey (question → answer or accepted answers),"
              + " optional scoring and studentNumber; a key that does not fit the template is 422"
              + " INVALID_ANSWER_KEY naming each JSON path")
  public Response create(@NotNull ExamRequest body, @Context UriInfo uri) {
    Validation v = new Validation();
    String title = v.requiredText("title", body.title(), Exam.TITLE_MAX);
    if (body.templateId() == null) {
      v.problem("templateId", "templateId is required: the id of an OMR template");
    }
    UUID templateId =
        body.templateId() == null ? null : v.check(() -> uuid("templateId", body.templateId()));
    if (body.answerKey() == null) {
      v.problem("answerKey", "answerKey is required: each question with its correct answer");
    }
    String studentNumber = v.optionalText("studentNumber", body.studentNumber(), 200);
    v.throwIfInvalid();
    ExamDetails created =
        exams.create(
            title, templateId, body.answerKey(), body.scoring(), studentNumber, requester.userId());
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.exam().examId().toString()).build())
        .entity(ExamBody.of(created))
        .build();
  }

  @GET
  @Operation(summary = "The academy's exams, newest first")
  public JsonObject list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return OmrResources.page(exams.list(QueryParams.page(page, size)), ExamBody::summary);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary =
          "One exam: its answer key and scoring as given and as applied, and how many sheets it"
              + " has and how many wait for review")
  public JsonObject find(@PathParam("id") String id) {
    return exams.find(examId(id)).map(ExamBody::of).orElseThrow(ExamsResource::notFound);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete an exam with its sheets")
  public Response delete(@PathParam("id") String id) {
    if (!exams.remove(examId(id))) {
      throw notFound();
    }
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/results")
  @Operation(
      summary =
          "The exam's graded sheets in the order they were read: student and how it was found,"
              + " every answer with its points, confidence and flags, the scores")
  public JsonObject results(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return sheets(id, false, page, size, SheetResultBody::source);
  }

  @GET
  @Path("/{id}/review")
  @Operation(
      summary =
          "The sheets a person must still look at (a flag, no student, unreadable), each with a"
              + " download URL of the page it came from")
  public JsonObject review(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return sheets(id, true, page, size, this::sourceWithDownload);
  }

  @PATCH
  @Path("/{id}/sheets/{sheetId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Correct a sheet: answers as a person reads them, its studentId, reviewed: true once"
              + " looked at; the sheet is scored again")
  public JsonObject correct(
      @PathParam("id") String id,
      @PathParam("sheetId") String sheetId,
      @NotNull SheetCorrectionRequest body) {
    UUID exam = examId(id);
    UUID sheet = OmrResources.of(sheetId, "sheet");
    SheetCorrection correction =
        new SheetCorrection(body.answers(), body.studentId(), body.reviewed());
    return exams
        .correct(exam, sheet, correction, requester.userId())
        .map(r -> SheetResultBody.of(r, SheetResultBody::source))
        .orElseThrow(() -> DomainException.notFound("sheet"));
  }

  @POST
  @CreatesJob
  @Path("/{id}/sheets")
  @AcceptsUpload(AcceptsUpload.Kind.PAGES)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Grade answer sheets into the exam (multipart: one or more 'file' parts of"
              + " JPEG/PNG/TIFF/PDF, one sheet a page): 202 with jobId of an OMR_GRADE job; the"
              + " sheets appear in results and review as they are graded. Refusals as for"
              + " POST /ai/jobs")
  public Response gradeSheets(
      @PathParam("id") String id,
      List<EntityPart> parts,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri)
      throws IOException {
    JsonObject options = Json.createObjectBuilder().add("examId", examId(id).toString()).build();
    AiJobs.Request request =
        PageUploadParts.read(
            parts,
            Optional.of(JobType.OMR_GRADE),
            Optional.of(options),
            idempotencyKey,
            requester.userId());
    return JobAccepted.response(ai.submit(request), uri);
  }

  @POST
  @CreatesJob
  @Path("/{id}/results/export")
  @Operation(
      summary =
          "Export the exam's results to .xlsx: 202 with jobId; the job's result has downloadUrl."
              + " Idempotency-Key returns the same job")
  public Response export(
      @PathParam("id") String id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    UUID exam = examId(id);
    exams.find(exam).orElseThrow(ExamsResource::notFound);
    String input = Json.createObjectBuilder().add("examId", exam.toString()).build().toString();
    JobRequest request =
        new JobRequest(JobType.EXAM_RESULTS_EXPORT, input, idempotencyKey, requester.userId());
    return JobAccepted.response(jobs.submit(request), uri);
  }

  private JsonObject sheets(
      String id,
      boolean toReview,
      String page,
      String size,
      Function<SheetSource, JsonObject> source) {
    Page<SheetResult> found =
        exams
            .results(examId(id), toReview, QueryParams.page(page, size))
            .orElseThrow(ExamsResource::notFound);
    return OmrResources.page(found, r -> SheetResultBody.of(r, source));
  }

  /** Where a person sees the page the sheet was read from: a short-lived download URL. */
  private JsonObject sourceWithDownload(SheetSource source) {
    return Json.createObjectBuilder(SheetResultBody.source(source))
        .add("downloadUrl", storage.downloadUrl(source.file()).toString())
        .build();
  }

  private static UUID uuid(String field, String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, field + " must be the id of an OMR template");
    }
  }

  private static UUID examId(String id) {
    return OmrResources.of(id, "exam");
  }

  private static DomainException notFound() {
    return DomainException.notFound("exam");
  }
}
