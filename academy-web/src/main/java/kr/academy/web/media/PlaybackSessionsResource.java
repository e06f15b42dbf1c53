package kr.academy.web.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.Validation;
import kr.academy.identity.Role;
import kr.academy.media.watching.PlaybackLedger;
import kr.academy.web.Requester;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A viewer's own playback sessions: heartbeats and closing. Another viewer's session, or another
 * academy's, is a 404 like a missing one.
 */
@Path("/media/playback-sessions/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME, Role.STUDENT_NAME})
public class PlaybackSessionsResource {

  /** Players may play up to 16×; only up to 2× counts as watching (WatchCredit). */
  private static final double MAX_REPORTED_RATE = 16;

  @Inject PlaybackLedger ledger;
  @Inject Requester requester;

  @POST
  @Path("/heartbeat")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The player's position, whether it plays and its rate, every ~30 s and on play, pause"
              + " and seek; credits what real time allowed (409 SESSION_ENDED once it has ended)")
  public PlaybackSessionBody heartbeat(@PathParam("id") String id, @NotNull HeartbeatRequest body) {
    Validation v = new Validation();
    Double position = body.positionSeconds();
    if (position == null || !Double.isFinite(position) || position < 0) {
      v.problem("positionSeconds", "positionSeconds must be a number of seconds, 0 or more");
    }
    if (body.playing() == null) {
      v.problem("playing", "playing must be true or false");
    }
    double rate = body.rate() == null ? 1 : body.rate();
    if (!(rate > 0 && rate <= MAX_REPORTED_RATE)) {
      v.problem("rate", "rate must be more than 0 and at most " + (int) MAX_REPORTED_RATE);
    }
    v.throwIfInvalid();
    return ledger
        .beat(sessionId(id), requester.userId(), position, body.playing(), rate)
        .map(beaten -> PlaybackSessionBody.of(beaten.session(), beaten.creditedSeconds()))
        .orElseThrow(PlaybackSessionsResource::notFound);
  }

  @DELETE
  @Operation(summary = "Close the session: its playback URL stops serving playlists")
  public Response close(@PathParam("id") String id) {
    ledger.end(sessionId(id), requester.userId()).orElseThrow(PlaybackSessionsResource::notFound);
    return Response.noContent().build();
  }

  private static UUID sessionId(String id) {
    try {
      return Optional.ofNullable(id)
          .map(UUID::fromString)
          .orElseThrow(PlaybackSessionsResource::notFound);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  private static DomainException notFound() {
    return DomainException.notFound("playback session");
  }
}
