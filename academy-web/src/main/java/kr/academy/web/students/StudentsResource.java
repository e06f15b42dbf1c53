package kr.academy.web.students;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kr.academy.common.DomainException;
import kr.academy.identity.Role;
import kr.academy.media.watching.PlaybackLedger;
import kr.academy.students.Student;
import kr.academy.students.StudentCatalog;
import kr.academy.students.StudentSearch;
import kr.academy.students.StudentSummary;
import kr.academy.web.PageBody;
import kr.academy.web.QueryParams;
import kr.academy.web.media.WatchBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The roster. Owners and staff change it; teachers read it. Another academy's student is a 404,
 * exactly like a missing one.
 */
@Path("/students")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME})
public class StudentsResource {

  @Inject StudentCatalog catalog;
  @Inject PlaybackLedger watching;

  @POST
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(summary = "Register a student (409 if the name and parent phone already exist)")
  public Response register(@NotNull StudentRequest request, @Context UriInfo uri) {
    Student student = catalog.register(request.toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(student.id())).build())
        .entity(StudentBody.of(student))
        .build();
  }

  @GET
  @Operation(
      summary =
          "Search the roster (q: name, school or phone digits; deleted=true: removed students)")
  public PageBody<StudentSummary> search(
      @QueryParam("q") String q,
      @QueryParam("deleted") String deleted,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    StudentSearch search = new StudentSearch(q, QueryParams.bool("deleted", deleted));
    return PageBody.of(catalog.search(search, QueryParams.page(page, size)), Function.identity());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One student, removed or not")
  public StudentBody find(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String id) {
    return shown(catalog.find(QueryParams.id("id", id)));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(summary = "Change some fields; a null clears an optional field")
  public StudentBody change(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String id,
      @NotNull JsonObject changes) {
    return shown(catalog.change(QueryParams.id("id", id), textFields(changes)));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(summary = "Remove a student (soft delete, undone by restore)")
  public Response delete(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String id) {
    if (!catalog.delete(QueryParams.id("id", id))) {
      throw notFound();
    }
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/restore")
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(summary = "Bring a removed student back")
  public StudentBody restore(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String id) {
    return shown(catalog.restore(QueryParams.id("id", id)));
  }

  @GET
  @Path("/{id}/watch-history")
  @Operation(
      summary =
          "The lecture videos the student watched: watched seconds, completion %, last position,"
              + " sessions, last watched (a page, latest first)")
  public PageBody<WatchBody> watchHistory(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return watching
        .history(QueryParams.id("id", id), QueryParams.page(page, size))
        .map(history -> PageBody.of(history, WatchBody::of))
        .orElseThrow(StudentsResource::notFound);
  }

  private static StudentBody shown(Optional<Student> student) {
    return student.map(StudentBody::of).orElseThrow(StudentsResource::notFound);
  }

  private static Map<String, String> textFields(JsonObject changes) {
    Map<String, String> fields = new HashMap<>();
    changes.forEach(
        (name, value) -> {
          if (value.getValueType() == JsonValue.ValueType.NULL) {
            fields.put(name, null);
          } else if (value instanceof JsonString text) {
            fields.put(name, text.getString());
          } else {
            throw DomainException.invalid(name, name + " must be a string or null");
          }
        });
    return fields;
  }

  private static DomainException notFound() {
    return DomainException.notFound("student");
  }
}
