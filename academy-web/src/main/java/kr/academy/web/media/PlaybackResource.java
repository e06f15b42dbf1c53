package kr.academy.web.media;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import kr.academy.common.DomainException;
import kr.academy.media.watching.Playback;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The playlists of a playback session, at the URL its start answered. No bearer token: a player
 * fetches these itself; the signed token in the path names the academy and the session, which must
 * still be active. Anything else (a forged, stale or ended URL, an unknown rendition) is a 404.
 */
@Path("/media/playback/{token}")
@ApplicationScoped
@PermitAll
@Produces(PlaybackResource.M3U8)
public class PlaybackResource {

  static final String M3U8 = "application/vnd.apple.mpegurl";

  @Inject Playback playback;

  @GET
  @Path("/master.m3u8")
  @Operation(summary = "The master playlist of an active playback session (HLS)")
  public String master(@PathParam("token") String token) {
    return playback.master(token).orElseThrow(PlaybackResource::notFound);
  }

  @GET
  @Path("/{rendition}/index.m3u8")
  @Operation(
      summary =
          "A rendition's playlist of an active playback session, its segments presigned until the"
              + " session expires")
  public String rendition(
      @PathParam("token") String token, @PathParam("rendition") String rendition) {
    return playback.rendition(token, rendition).orElseThrow(PlaybackResource::notFound);
  }

  private static DomainException notFound() {
    return DomainException.notFound("playback session");
  }
}
