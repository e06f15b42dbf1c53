package kr.academy.web.students;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import kr.academy.common.DomainException;
import kr.academy.common.StorableText;
import kr.academy.identity.Role;
import kr.academy.students.imports.StudentImports;
import kr.academy.web.QueryParams;
import kr.academy.web.Requester;
import kr.academy.web.jobs.JobAccepted;
import kr.academy.web.security.AcceptsUpload;
import kr.academy.web.security.CreatesJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Students from a spreadsheet, read and written by a worker (STUDENT_IMPORT, DESIGN §7). */
@Path("/students/imports")
@ApplicationScoped
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
public class StudentImportsResource {

  @Inject StudentImports imports;
  @Inject Requester requester;

  @POST
  @CreatesJob
  @AcceptsUpload
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import students from an .xlsx or .csv (multipart field 'file'): 202 with jobId. dryRun"
              + " validates and counts without writing. One import per academy at a time (409)."
              + " The job's result has created/updated/restored/unchanged/rejected and"
              + " rejectedRowsUrl")
  public Response upload(
      @FormParam("file") EntityPart file,
      @QueryParam("dryRun") String dryRun,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri)
      throws IOException {
    if (file == null) {
      throw DomainException.invalid("file", "send the spreadsheet as the multipart field 'file'");
    }
    boolean validateOnly = QueryParams.bool("dryRun", dryRun);
    String fileName = file.getFileName().orElse(null);
    StorableText.problem("the file's name", fileName)
        .ifPresent(
            problem -> {
              throw DomainException.invalid("file", problem);
            });
    try (InputStream content = file.getContent()) {
      return JobAccepted.response(
          imports.start(content, fileName, validateOnly, idempotencyKey, requester.userId()), uri);
    }
  }
}
