package kr.academy.web.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.academy.identity.AccessToken;
import kr.academy.identity.Login;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

@Path("/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject Login login;

  @POST
  @Path("/login")
  @PermitAll
  @SecurityRequirements
  @Operation(
      summary = "Log in with phone and password",
      description =
          "With tenant (an academy's slug): a member of that academy. Without: a platform admin.")
  public TokenBody login(@NotNull @Valid LoginRequest request) {
    AccessToken token = login.login(request.tenant(), request.phone(), request.password());
    return new TokenBody(token.token(), token.expiresIn(), "Bearer");
  }
}
