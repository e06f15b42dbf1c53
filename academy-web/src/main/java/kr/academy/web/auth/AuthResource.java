package kr.academy.web.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.academy.identity.Login;
import kr.academy.identity.Sessions;
import kr.academy.web.Requester;
import kr.academy.web.security.ClientAddresses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

@Path("/auth")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject Login login;
  @Inject Sessions sessions;
  @Inject ClientAddresses clientAddresses;
  @Inject Requester requester;

  @POST
  @Path("/login")
  @PermitAll
  @SecurityRequirements
  @Operation(
      summary = "Log in with phone and password",
      description =
          "With tenant (an academy's slug): a member of that academy. Without: a platform admin."
              + " Failed logins are limited per account and per client address: over the limit,"
              + " 429 TOO_MANY_ATTEMPTS with Retry-After.")
  public TokenBody login(@NotNull @Valid LoginRequest request, @Context HttpServletRequest http) {
    return TokenBody.of(
        login.login(
            request.tenant(), request.phone(), request.password(), clientAddresses.of(http)));
  }

  @POST
  @Path("/logout")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({"PLATFORM_ADMIN", "OWNER", "STAFF", "TEACHER", "STUDENT", "PARENT"})
  @Operation(
      summary = "Log out everywhere",
      description = "Ends every session of the person: every token issued so far is refused.")
  public Response logout() {
    sessions.end(requester.account());
    return Response.noContent().build();
  }
}
