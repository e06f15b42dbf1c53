package kr.academy.web.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.academy.common.DomainException;
import kr.academy.identity.Role;
import kr.academy.messaging.MessagingSetup;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sender identity every text of the academy goes out under. */
@Path("/messaging/settings")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MessagingSettingsResource {

  @Inject MessagingSetup setup;

  @GET
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
  @Operation(summary = "The academy's sender number, ad sender name and 080 opt-out number")
  public MessagingSettingsBody get() {
    return setup
        .current()
        .map(MessagingSettingsBody::of)
        .orElseThrow(() -> DomainException.notFound("messaging settings"));
  }

  @PUT
  @RolesAllowed(Role.OWNER_NAME)
  @Operation(
      summary =
          "Set the sender number (required), the name shown in ads and the free 080 opt-out"
              + " number (both needed before an advertisement); owner only")
  public MessagingSettingsBody put(@NotNull MessagingSettingsRequest request) {
    return MessagingSettingsBody.of(setup.save(request.toChange()));
  }
}
