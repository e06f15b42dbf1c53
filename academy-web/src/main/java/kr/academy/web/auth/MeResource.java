package kr.academy.web.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.academy.common.DomainException;
import kr.academy.identity.Login;
import kr.academy.identity.MemberDirectory;
import kr.academy.identity.PlatformAdmin;
import kr.academy.identity.PlatformAdmins;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantDirectory;
import kr.academy.web.Requester;
import kr.academy.web.security.ClientAddresses;
import kr.academy.web.tenancy.TenantBody;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PLATFORM_ADMIN", "OWNER", "STAFF", "TEACHER", "STUDENT", "PARENT"})
public class MeResource {

  @Inject JsonWebToken token;
  @Inject TenantContext tenantContext;
  @Inject TenantDirectory tenants;
  @Inject MemberDirectory members;
  @Inject PlatformAdmins admins;
  @Inject Login login;
  @Inject Requester requester;
  @Inject ClientAddresses clientAddresses;

  @GET
  @Operation(summary = "The logged-in person, their roles and academy")
  public MeBody me() {
    String[] subject = token.getSubject().split(":", 2);
    long id = Long.parseLong(subject[1]);
    if ("admin".equals(subject[0])) {
      PlatformAdmin admin = admins.find(id).orElseThrow(() -> DomainException.notFound("account"));
      return new MeBody(
          admin.id(), admin.name(), admin.phone().digits(), List.of("PLATFORM_ADMIN"), null);
    }
    TenantBody tenant =
        tenants
            .find(tenantContext.require())
            .map(TenantBody::of)
            .orElseThrow(() -> DomainException.notFound("academy"));
    MemberDirectory.Member member =
        members.find(id).orElseThrow(() -> DomainException.notFound("account"));
    return new MeBody(
        member.user().id(),
        member.user().name(),
        member.user().phone().digits(),
        member.roles().stream().map(Enum::name).toList(),
        tenant);
  }

  @PUT
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"OWNER", "STAFF", "TEACHER", "STUDENT", "PARENT"})
  @Operation(
      summary = "Change your password",
      description =
          "Needs the current password (failures count like failed logins). Ends every session"
              + " and answers a token for this one. A platform admin's password is configuration.")
  public TokenBody changePassword(
      @NotNull @Valid PasswordChangeRequest request, @Context HttpServletRequest http) {
    return TokenBody.of(
        login.changePassword(
            requester.account(),
            request.currentPassword(),
            request.newPassword(),
            clientAddresses.of(http)));
  }
}
