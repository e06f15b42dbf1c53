package kr.academy.web.messaging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.academy.messaging.Messages;

/**
 * 202 for a batch: its id, the job sending it now (null when everything is held for later), and the
 * {@code Location} of the batch. A repeated {@code Idempotency-Key} gets the same answer and {@code
 * Idempotent-Replayed: true}.
 */
public record MessageAccepted(String batchId, String jobId) {

  static Response response(Messages.Sent sent, UriInfo uri) {
    String id = sent.batch().batchId().toString();
    Response.ResponseBuilder answer =
        Response.accepted(
                new MessageAccepted(id, sent.batch().job().map(job -> job.toString()).orElse(null)))
            .location(uri.getBaseUriBuilder().path(MessagesResource.class).path(id).build());
    if (sent.repeated()) {
      answer.header("Idempotent-Replayed", "true");
    }
    return answer.build();
  }
}
