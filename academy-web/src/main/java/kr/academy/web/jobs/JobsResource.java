package kr.academy.web.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.function.Function;
import kr.academy.common.DomainException;
import kr.academy.identity.Role;
import kr.academy.jobs.JobFilter;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobInputs;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.JobSummary;
import kr.academy.jobs.JobType;
import kr.academy.jobs.Jobs;
import kr.academy.jobs.progress.JobProgressReader;
import kr.academy.web.PageBody;
import kr.academy.web.QueryParams;
import kr.academy.web.Requester;
import kr.academy.web.security.CreatesJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The academy's background work. Progress comes from Redis only (DESIGN §4); the detail from the
 * database. Another academy's job is a 404, exactly like a missing one. Application-scoped: it
 * holds nothing per request, and creating and injecting a resource per poll was a fifth of the
 * progress endpoint's CPU (docs/performance.md).
 */
@Path("/jobs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME})
public class JobsResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String DEGRADED =
      "199 academy \"progress store unavailable; answered from the database\"";

  @Inject Jobs jobs;
  @Inject JobProgressReader reader;
  @Inject Requester requester;

  @POST
  @CreatesJob
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(
      summary =
          "Start a job of any type (403 if the plan excludes it, 422 if it cannot run yet);"
              + " Idempotency-Key returns the same job")
  public Response create(
      @NotNull JobRequestBody body,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      @Context UriInfo uri) {
    JobType type = body.jobType();
    OwnRequests.refuse(type);
    JobRequest request =
        new JobRequest(
            type, JobInputs.normalise(type, body.input()), idempotencyKey, requester.userId());
    return JobAccepted.response(jobs.submit(request), uri);
  }

  @GET
  @Operation(summary = "The academy's jobs, newest first (status, type: filters)")
  public PageBody<JobSummary> list(
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    JobFilter filter =
        new JobFilter(
            QueryParams.oneOf("status", status, JobStatus.class),
            QueryParams.oneOf("type", type, JobType.class));
    return PageBody.of(jobs.list(filter, QueryParams.page(page, size)), Function.identity());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One job from the database, with its result (downloadUrl) once DONE")
  public JobBody find(@PathParam("id") String id) {
    return jobs.find(jobId(id))
        .map(job -> JobBody.of(job, jobs.result(job).orElse(null)))
        .orElseThrow(JobsResource::notFound);
  }

  @GET
  @Path("/{id}/progress")
  @Operation(
      summary = "A job's progress from Redis, no database read (a Warning header if Redis is down)")
  public Response progress(@PathParam("id") String id) {
    JobId job = jobId(id);
    JobProgressReader.Answer answer = reader.progress(job).orElseThrow(JobsResource::notFound);
    // No cache keeps a poll's answer: NoStoreNoSniff marks every answer of the API no-store.
    Response.ResponseBuilder response = Response.ok(ProgressBody.of(job, answer.progress()));
    if (answer.fromDatabase()) {
      response.header("Warning", DEGRADED);
    }
    return response.build();
  }

  @GET
  @Path("/{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "The same progress as server-sent events, pushed through Redis; ends when the job does")
  public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
    JobId job = jobId(id);
    ProgressStream stream = ProgressStream.toClient(sink, sse, job);
    // Listen before reading the current state, so no update falls between the two.
    stream.listenWith(jobs.follow(job, stream::push));
    JobProgressReader.Answer current = reader.progress(job).orElse(null);
    if (current == null) {
      stream.abandon();
      throw notFound();
    }
    stream.open(current.progress());
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(
      summary =
          "Cancel a job: a queued one at once, a running one at its next step (409 if finished)")
  public ProgressBody cancel(@PathParam("id") String id) {
    JobId job = jobId(id);
    return jobs.cancel(job)
        .map(cancelled -> ProgressBody.of(job, cancelled.progressView()))
        .orElseThrow(JobsResource::notFound);
  }

  private static JobId jobId(String id) {
    return JobId.parse(id).orElseThrow(JobsResource::notFound);
  }

  private static DomainException notFound() {
    return DomainException.notFound("job");
  }
}
