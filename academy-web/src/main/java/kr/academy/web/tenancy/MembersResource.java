package kr.academy.web.tenancy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.academy.identity.MemberDirectory;
import kr.academy.identity.Role;
import kr.academy.web.PageBody;
import kr.academy.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The owner's staff list: adds and removes staff members and teachers. */
@Path("/tenant/members")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject MemberDirectory members;

  @POST
  @RolesAllowed(Role.OWNER_NAME)
  @Operation(summary = "Add a staff member or teacher (owner only)")
  public Response add(@NotNull @Valid MemberRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(MemberBody.of(members.add(request.toCommand())))
        .build();
  }

  @GET
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(summary = "List the academy's owners, staff and teachers")
  public PageBody<MemberBody> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageBody.of(members.listStaff(QueryParams.page(page, size)), MemberBody::of);
  }

  @DELETE
  @Path("/{userId}")
  @RolesAllowed(Role.OWNER_NAME)
  @Operation(
      summary = "Remove a staff member or teacher (owner only)",
      description =
          "Takes away their STAFF and TEACHER roles and ends their sessions at once; other roles"
              + " (a parent's) stay. 404 when the person holds neither role here.")
  public Response remove(@PathParam("userId") long userId) {
    members.remove(userId);
    return Response.noContent().build();
  }
}
