package kr.academy.web.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import kr.academy.common.DomainException;
import kr.academy.identity.Role;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.operations.DeadLetterRedrive;
import kr.academy.jobs.operations.QueueLivenessCheck;
import kr.academy.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator tools for the work queues (docs/operations.md). */
@Path("/admin/queues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class AdminQueuesResource {

  static final int MAX_WAIT_SECONDS = 60;

  @Inject QueueLivenessCheck probing;
  @Inject DeadLetterRedrive redrive;

  @POST
  @Path("/probe")
  @Operation(
      summary =
          "Send a probe to every queue and report which ones a worker received within"
              + " waitSeconds (default 10)")
  public List<ProbeBody> probe(@QueryParam("waitSeconds") String waitSeconds)
      throws InterruptedException {
    Integer wait = QueryParams.integer("waitSeconds", waitSeconds);
    if (wait != null && (wait < 1 || wait > MAX_WAIT_SECONDS)) {
      throw DomainException.invalid(
          "waitSeconds", "waitSeconds must be between 1 and " + MAX_WAIT_SECONDS);
    }
    return probing.probe(Duration.ofSeconds(wait == null ? 10 : wait)).stream()
        .map(ProbeBody::of)
        .toList();
  }

  @POST
  @Path("/{queue}/redrive")
  @Operation(
      summary =
          "Re-drive a queue's dead letters (queue: VIDEO, AI_LITE, AI_BASIC, AI_PREMIUM,"
              + " MESSAGING, EXCEL): their FAILED jobs are queued again with fresh attempts")
  public RedriveBody redrive(@PathParam("queue") String queue) {
    return RedriveBody.of(redrive.redrive(QueryParams.oneOf("queue", queue, JobQueue.class)));
  }
}
