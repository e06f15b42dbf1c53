package kr.academy.web.students;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.academy.identity.Role;
import kr.academy.jobs.JobInputs;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobType;
import kr.academy.jobs.Jobs;
import kr.academy.web.Requester;
import kr.academy.web.jobs.JobAccepted;
import kr.academy.web.security.CreatesJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The roster as a spreadsheet, made by a worker (STUDENT_EXPORT). */
@Path("/students/exports")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
public class StudentExportsResource {

  @Inject Jobs jobs;
  @Inject Requester requester;

  @POST
  @CreatesJob
  @Operation(
      summary =
          "Export active students matching q to .xlsx: 202 with jobId; the job's result has"
              + " downloadUrl. Idempotency-Key returns the same job")
  public Response export(
      JsonObject options,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    JobType type = JobType.STUDENT_EXPORT;
    JobRequest request =
        new JobRequest(
            type, JobInputs.normalise(type, options), idempotencyKey, requester.userId());
    return JobAccepted.response(jobs.submit(request), uri);
  }
}
