package kr.academy.web.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kr.academy.common.DomainException;
import kr.academy.identity.Role;
import kr.academy.messaging.MessageBatches;
import kr.academy.messaging.Messages;
import kr.academy.messaging.RecipientStatus;
import kr.academy.web.PageBody;
import kr.academy.web.QueryParams;
import kr.academy.web.Requester;
import kr.academy.web.security.CreatesJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Texts to parents and students (SMS, LMS, AlimTalk), sent in batches by the messaging worker.
 * Another academy's batch is a 404, exactly like a missing one.
 */
@Path("/messages")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME})
public class MessagesResource {

  @Inject Messages messages;
  @Inject MessageBatches batches;
  @Inject Requester requester;

  @POST
  @CreatesJob
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Text students, their parents or phone numbers now or at scheduledAt (202 with the"
              + " batchId); Idempotency-Key returns the same batch and sends nothing new")
  public Response send(
      @NotNull MessageSendBody body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    return MessageAccepted.response(
        messages.send(body.toRequest(idempotencyKey, requester.userId())), uri);
  }

  @GET
  @Operation(summary = "The academy's batches, newest first, with counts by recipient status")
  public PageBody<MessageBatchBody> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return PageBody.of(batches.list(QueryParams.page(page, size)), MessageBatchBody::of);
  }

  @GET
  @Path("/{batchId}")
  @Operation(
      summary =
          "One batch with a page of its recipients and each one's status (queued, sent,"
              + " delivered, failed with the reason); status filters the recipients")
  public MessageBatchBody find(
      @PathParam("batchId") String batchId,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    UUID id = batchId(batchId);
    RecipientStatus only = QueryParams.oneOf("status", status, RecipientStatus.class);
    var view = batches.find(id).orElseThrow(MessagesResource::notFound);
    var recipients =
        batches
            .recipients(id, only, QueryParams.page(page, size))
            .orElseThrow(MessagesResource::notFound);
    return MessageBatchBody.of(view, PageBody.of(recipients, Function.identity()));
  }

  @POST
  @Path("/{batchId}/cancel")
  @Operation(
      summary =
          "Cancel the texts of a batch not yet released (a scheduled send, ads held until"
              + " 08:00); 409 when nothing is held any more")
  public MessageBatchBody cancel(@PathParam("batchId") String batchId) {
    return batches
        .cancel(batchId(batchId))
        .map(MessageBatchBody::of)
        .orElseThrow(MessagesResource::notFound);
  }

  private static UUID batchId(String text) {
    try {
      return Optional.ofNullable(text)
          .map(UUID::fromString)
          .orElseThrow(MessagesResource::notFound);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  private static DomainException notFound() {
    return DomainException.notFound("message batch");
  }
}
