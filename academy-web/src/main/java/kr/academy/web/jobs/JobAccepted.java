package kr.academy.web.jobs;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import kr.academy.jobs.Jobs;

/**
 * The answer to any request that starts background work (DESIGN §9): 202, the job's id, and the
 * {@code Location} of its progress. A repeated {@code Idempotency-Key} gets the same answer and an
 * {@code Idempotent-Replayed: true} header.
 */
public record JobAccepted(String jobId) {

  public static Response response(Jobs.Submitted submitted, UriInfo uri) {
    String id = submitted.job().jobId().toString();
    UriBuilder progress =
        uri.getBaseUriBuilder().path(JobsResource.class).path(id).path("progress");
    Response.ResponseBuilder answer =
        Response.accepted(new JobAccepted(id)).location(progress.build());
    if (submitted.repeated()) {
      answer.header("Idempotent-Replayed", "true");
    }
    return answer.build();
  }
}
