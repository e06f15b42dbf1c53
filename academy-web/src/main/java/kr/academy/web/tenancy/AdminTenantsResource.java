package kr.academy.web.tenancy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.academy.common.DomainException;
import kr.academy.identity.Role;
import kr.academy.onboarding.TenantOnboarding;
import kr.academy.tenancy.Tenant;
import kr.academy.tenancy.TenantDirectory;
import kr.academy.tenancy.TenantId;
import kr.academy.web.PageBody;
import kr.academy.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The platform admin opens academies and lists them. */
@Path("/admin/tenants")
@ApplicationScoped
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminTenantsResource {

  @Inject TenantOnboarding onboarding;
  @Inject TenantDirectory directory;

  @POST
  @Operation(summary = "Open an academy with its owner")
  public Response create(@NotNull @Valid TenantRequest request, @Context UriInfo uri) {
    Tenant tenant = onboarding.open(request.toCommand());
    return Response.created(uri.getAbsolutePathBuilder().path(tenant.id().toString()).build())
        .entity(TenantBody.of(tenant))
        .build();
  }

  @GET
  @Operation(summary = "List academies")
  public PageBody<TenantBody> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageBody.of(directory.list(QueryParams.page(page, size)), TenantBody::of);
  }

  @PUT
  @Path("/{id}/message-quota")
  @Operation(
      summary =
          "Set an academy's monthly quota of texts; monthlyQuota null returns it to the platform"
              + " default (academy.messaging.monthly-quota)")
  public TenantBody limitMessages(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String id,
      @NotNull MessageQuotaRequest request) {
    return directory
        .limitMessages(new TenantId(QueryParams.id("id", id)), request.monthlyQuota())
        .map(TenantBody::of)
        .orElseThrow(() -> DomainException.notFound("academy"));
  }
}
