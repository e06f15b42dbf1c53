package kr.academy.web.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kr.academy.common.DomainException;
import kr.academy.common.Validation;
import kr.academy.identity.Role;
import kr.academy.media.NewVideo;
import kr.academy.media.UploadTicket;
import kr.academy.media.VideoProgressReader;
import kr.academy.media.VideoSearch;
import kr.academy.media.VideoSettings;
import kr.academy.media.VideoStatus;
import kr.academy.media.VideoSummary;
import kr.academy.media.Videos;
import kr.academy.media.watching.Playback;
import kr.academy.media.watching.PlaybackLedger;
import kr.academy.web.PageBody;
import kr.academy.web.QueryParams;
import kr.academy.web.Requester;
import kr.academy.web.security.CreatesJob;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Lecture videos. The file goes straight to storage through presigned URLs, never through the API;
 * completing the upload queues its processing (202). Owners, staff and teachers manage videos;
 * students see the published, ready ones. Another academy's video is a 404, exactly like a missing
 * one.
 */
@Path("/media/videos")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME})
public class VideosResource {

  private static final String DEGRADED =
      "199 academy \"progress store unavailable; answered from the database\"";

  @Inject Videos videos;
  @Inject VideoProgressReader reader;
  @Inject VideoSettings settings;
  @Inject Requester requester;
  @Inject Playback playback;
  @Inject PlaybackLedger watching;

  @POST
  @CreatesJob
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create a video and get its upload: one presigned PUT, or presigned parts above"
              + " academy.video.multipart-threshold-bytes (413 over the size limit, 415 not video/*)")
  public Response create(@NotNull VideoCreateRequest body, @Context UriInfo uri) {
    NewVideo upload =
        NewVideo.check(
            body.title(), body.fileName(), body.contentType(), body.sizeBytes(), settings);
    Videos.Created created = videos.create(upload, requester.userId());
    String id = created.video().videoId().toString();
    return Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .entity(new VideoCreatedBody(id, created.video().status(), upload(created.upload())))
        .build();
  }

  private static JsonObject upload(UploadTicket ticket) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (ticket instanceof UploadTicket.Single single) {
      JsonObjectBuilder headers = Json.createObjectBuilder();
      single.headers().forEach(headers::add);
      return json.add("method", single.method())
          .add("url", single.url().toString())
          .add("headers", headers)
          .add("expiresAt", single.expiresAt().toString())
          .build();
    }
    UploadTicket.Multipart multipart = (UploadTicket.Multipart) ticket;
    JsonArrayBuilder parts = Json.createArrayBuilder();
    multipart
        .parts()
        .forEach(
            p ->
                parts.add(
                    Json.createObjectBuilder()
                        .add("partNumber", p.partNumber())
                        .add("url", p.url().toString())));
    return json.add("uploadId", multipart.uploadId())
        .add("partSize", multipart.partSize())
        .add("parts", parts)
        .add("expiresAt", multipart.expiresAt().toString())
        .build();
  }

  @POST
  @CreatesJob
  @Path("/{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The upload is done ({} for a single PUT, parts with their ETags for a multipart"
              + " upload): checks the stored size and queues processing (202); the same job again"
              + " when repeated")
  public Response complete(
      @PathParam("id") String id, VideoCompleteRequest body, @Context UriInfo uri) {
    UUID video = videoId(id);
    Videos.Accepted accepted =
        videos
            .complete(video, body == null ? List.of() : body.uploadedParts(), requester.userId())
            .orElseThrow(VideosResource::notFound);
    Response.ResponseBuilder answer =
        Response.accepted(
                Json.createObjectBuilder().add("jobId", accepted.job().jobId().toString()).build())
            .location(
                uri.getBaseUriBuilder()
                    .path(VideosResource.class)
                    .path(video.toString())
                    .path("progress")
                    .build());
    if (accepted.repeated()) {
      answer.header("Idempotent-Replayed", "true");
    }
    return answer.build();
  }

  @GET
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME, Role.STUDENT_NAME})
  @Operation(
      summary =
          "The academy's videos, newest first (status, q: a text in the title); students see"
              + " the published, ready ones")
  public PageBody<VideoSummary> list(
      @QueryParam("status") String status,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context SecurityContext security) {
    VideoSearch search =
        new VideoSearch(
            QueryParams.oneOf("status", status, VideoStatus.class), q, studentView(security));
    return PageBody.of(videos.list(search, QueryParams.page(page, size)), Function.identity());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME, Role.STUDENT_NAME})
  @Operation(
      summary =
          "One video with its pages (as soon as they are found), poster and, for staff, the"
              + " master playlist; short-lived URLs")
  public VideoBody find(@PathParam("id") String id, @Context SecurityContext security) {
    return videos
        .find(videoId(id), studentView(security))
        .map(VideoBody::of)
        .orElseThrow(VideosResource::notFound);
  }

  @GET
  @Path("/{id}/progress")
  @Operation(summary = "A video's progress from Redis, no database read (status, progress, step)")
  public Response progress(@PathParam("id") String id) {
    UUID video = videoId(id);
    VideoProgressReader.Answer answer =
        reader.progress(video).orElseThrow(VideosResource::notFound);
    Response.ResponseBuilder response =
        Response.ok(VideoProgressBody.of(video.toString(), answer.progress()));
    if (answer.fromDatabase()) {
      response.header("Warning", DEGRADED);
    }
    return response.build();
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename ({\"title\"}) and/or (un)publish ({\"published\"}) a video")
  public VideoBody change(@PathParam("id") String id, @NotNull JsonObject changes) {
    UUID video = videoId(id);
    String title = null;
    Boolean published = null;
    Validation v = new Validation();
    for (var field : changes.entrySet()) {
      JsonValue value = field.getValue();
      switch (field.getKey()) {
        case "title" -> {
          if (value instanceof JsonString text) {
            title = v.requiredText("title", text.getString(), 200);
          } else {
            v.problem("title", "title must be a string");
          }
        }
        case "published" -> {
          if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            published = value == JsonValue.TRUE;
          } else {
            v.problem("published", "published must be true or false");
          }
        }
        default -> v.problem(field.getKey(), field.getKey() + " is not a field of this request");
      }
    }
    v.throwIfInvalid();
    return videos
        .change(video, title, published)
        .map(VideoBody::of)
        .orElseThrow(VideosResource::notFound);
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      summary =
          "Delete a video: its rows and every object of it; an open upload is aborted, a"
              + " running job stopped")
  public Response delete(@PathParam("id") String id) {
    if (!videos.remove(videoId(id))) {
      throw notFound();
    }
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/playback-sessions")
  @RolesAllowed({Role.OWNER_NAME, Role.STAFF_NAME, Role.TEACHER_NAME, Role.STUDENT_NAME})
  @Operation(
      summary =
          "Watch a ready video: a playback session and its playlist URL (a new one ends the"
              + " viewer's active session on this video); students' sessions count in watch-stats")
  public Response watch(
      @PathParam("id") String id, @Context UriInfo uri, @Context SecurityContext security) {
    Playback.Opened opened =
        playback
            .open(videoId(id), requester.userId(), studentView(security))
            .orElseThrow(VideosResource::notFound);
    String playlist =
        uri.getBaseUriBuilder()
            .path(PlaybackResource.class)
            .path("master.m3u8")
            .build(opened.token())
            .toString();
    return Response.status(Response.Status.CREATED)
        .entity(
            new PlaybackStartedBody(
                opened.session().sessionId().toString(), playlist, opened.session().expiresAt()))
        .build();
  }

  @GET
  @Path("/{id}/watch-stats")
  @Operation(
      summary =
          "Who watched the video and how much: per student, watched seconds, completion %, last"
              + " position, sessions, last watched (a page, by name)")
  public PageBody<WatchBody> watchStats(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return watching
        .watchStats(videoId(id), QueryParams.page(page, size))
        .map(stats -> PageBody.of(stats, WatchBody::of))
        .orElseThrow(VideosResource::notFound);
  }

  /** Only a student sees what students see; a student who also teaches sees what staff see. */
  private static boolean studentView(SecurityContext security) {
    return security.isUserInRole(Role.STUDENT_NAME)
        && !security.isUserInRole(Role.OWNER_NAME)
        && !security.isUserInRole(Role.STAFF_NAME)
        && !security.isUserInRole(Role.TEACHER_NAME);
  }

  /** A video's id is a UUID; anything else names no video (404, like a missing one). */
  private static UUID videoId(String id) {
    try {
      return Optional.ofNullable(id).map(UUID::fromString).orElseThrow(VideosResource::notFound);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  private static DomainException notFound() {
    return DomainException.notFound("video");
  }
}
