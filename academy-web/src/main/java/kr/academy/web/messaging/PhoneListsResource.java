package kr.academy.web.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import kr.academy.common.DomainException;
import kr.academy.identity.Role;
import kr.academy.messaging.PhoneList;
import kr.academy.messaging.PhoneLists;
import kr.academy.web.PageBody;
import kr.academy.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The academy's opt-out list (numbers texted nothing) and night-consent list (numbers that agreed
 * to advertisements between 21:00 and 08:00).
 */
@Path("/messaging/{list: opt-outs|night-consents}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
public class PhoneListsResource {

  /** One number on a list. */
  public record Entry(String phone) {}

  @Inject PhoneLists lists;

  @GET
  @Operation(summary = "The numbers on the list, newest first")
  public PageBody<PhoneList.Entry> page(
      @PathParam("list") String list,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return PageBody.of(lists.page(of(list), QueryParams.page(page, size)), Function.identity());
  }

  @PUT
  @Path("/{phone}")
  @Operation(summary = "Put a mobile number on the list (idempotent)")
  public Entry add(@PathParam("list") String list, @PathParam("phone") String phone) {
    return new Entry(lists.add(of(list), phone));
  }

  @DELETE
  @Path("/{phone}")
  @Operation(summary = "Take a number off the list (404 if it is not on it)")
  public Response remove(@PathParam("list") String list, @PathParam("phone") String phone) {
    if (!lists.remove(of(list), phone)) {
      throw DomainException.notFound("phone on the list");
    }
    return Response.noContent().build();
  }

  private static PhoneList of(String path) {
    return path.equals("opt-outs") ? PhoneList.OPT_OUT : PhoneList.NIGHT_CONSENT;
  }
}
