package kr.academy.web.ai;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import kr.academy.ai.AiJobs;
import kr.academy.identity.Role;
import kr.academy.web.Requester;
import kr.academy.web.jobs.JobAccepted;
import kr.academy.web.security.AcceptsUpload;
import kr.academy.web.security.CreatesJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** AI work on uploaded pages: OCR, OMR grading, status detection (docs/ai.md). */
@Path("/ai/jobs")
@ApplicationScoped
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME})
public class AiJobsResource {

  @Inject AiJobs ai;
  @Inject Requester requester;

  @POST
  @CreatesJob
  @AcceptsUpload(AcceptsUpload.Kind.PAGES)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Read uploaded pages (multipart: 'type' OCR | OMR_GRADE | STATUS_DETECT, one or more"
              + " 'file' parts of JPEG/PNG/TIFF/PDF, optional 'options' JSON, for STATUS_DETECT an"
              + " optional 'blank' sheet): 202 with jobId; one result per page in the job's result."
              + " 403 outside the plan, 413 over a limit, 415 not a page, 422 unreadable")
  public Response create(
      List<EntityPart> parts,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri)
      throws IOException {
    AiJobs.Request request = PageUploadParts.read(parts, idempotencyKey, requester.userId());
    return JobAccepted.response(ai.submit(request), uri);
  }
}
