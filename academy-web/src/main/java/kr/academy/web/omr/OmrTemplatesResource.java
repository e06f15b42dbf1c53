package kr.academy.web.omr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.Validation;
import kr.academy.identity.Role;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplates;
import kr.academy.web.QueryParams;
import kr.academy.web.Requester;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * OMR answer-sheet templates (docs/omr.md), for academies on BASIC or PREMIUM (403 on LITE).
 * Owners, staff and teachers manage them; another academy's template is a 404, exactly like a
 * missing one.
 */
@Path("/omr/templates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME})
public class OmrTemplatesResource {

  @Inject OmrTemplates templates;
  @Inject Requester requester;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Store a template: OMRChecker's template.json or the academy's format under"
              + " \"template\", a CropOnMarkers marker image as base64 under \"markerImage\"; what"
              + " cannot be honoured is 400 INVALID_TEMPLATE naming each JSON path")
  public Response create(@NotNull OmrTemplateRequest body, @Context UriInfo uri) {
    Validation v = new Validation();
    String name = v.requiredText("name", body.name(), 200);
    if (body.template() == null) {
      v.problem("template", "template is required: the template's JSON object");
    }
    MarkerImage marker =
        body.markerImage() == null
            ? null
            : v.check(() -> MarkerImage.decode(body.markerImage(), "markerImage"));
    v.throwIfInvalid();
    OmrTemplate created =
        templates.create(name, body.format(), body.template(), marker, requester.userId());
    String id = created.templateId().toString();
    return Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .entity(OmrTemplateBody.of(created, false))
        .build();
  }

  @GET
  @Operation(summary = "The academy's OMR templates, newest first")
  public JsonObject list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return OmrResources.page(
        templates.list(QueryParams.page(page, size)), OmrTemplateBody::summary);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary =
          "One template: every field with its bubbles' rectangles, the image steps and the JSON"
              + " as uploaded")
  public JsonObject find(@PathParam("id") String id) {
    return templates
        .find(templateId(id))
        .map(t -> OmrTemplateBody.of(t, true))
        .orElseThrow(OmrTemplatesResource::notFound);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a template")
  public Response delete(@PathParam("id") String id) {
    if (!templates.remove(templateId(id))) {
      throw notFound();
    }
    return Response.noContent().build();
  }

  private static UUID templateId(String id) {
    return OmrResources.of(id, "OMR template");
  }

  private static DomainException notFound() {
    return DomainException.notFound("OMR template");
  }
}
