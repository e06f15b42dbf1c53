package kr.academy.media.watching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.academy.identity.TokenIssuer;
import kr.academy.media.Video;
import kr.academy.media.VideoKeys;
import kr.academy.media.VideoObjects;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;

/**
 * Watching a video: a session opened by the viewer, and the playlists its signed URL serves. The
 * master playlist is served as the worker wrote it (its renditions are relative, so they resolve
 * under the same URL); a rendition's playlist is served with every segment a presigned URL of the
 * private bucket, valid until the session expires (a player reads a video's playlist once, so the
 * segments must outlive it). An ended session's URL serves nothing more; segment URLs already
 * handed out work until they expire (docs/video.md, Playback).
 */
@ApplicationScoped
public class Playback {

  /** A session begun, with the token of its playback URL. */
  public record Opened(PlaybackSession session, String token) {}

  /** Names of renditions, as the worker writes them ({@code 720p}, {@code 360p}, {@code audio}). */
  private static final String RENDITION = "[a-z0-9]{1,16}";

  /** Segment URLs are signed for at least this long, even at a session's very end. */
  private static final Duration MIN_SEGMENT_TTL = Duration.ofMinutes(1);

  /** SigV4 presigned URLs live at most a week. */
  private static final Duration MAX_SEGMENT_TTL = Duration.ofDays(7);

  @Inject PlaybackLedger ledger;
  @Inject VideoObjects objects;
  @Inject TokenIssuer keys;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  private PlaybackTokens tokens;

  /**
   * A ready video's playlists do not change (a video is processed again only before it is ready),
   * so they are kept by key: a playlist is read from the bucket once per process, not per viewer.
   */
  private final Cache<String, String> playlists =
      Caffeine.newBuilder()
          .maximumWeight(32L * 1024 * 1024)
          .<String, String>weigher((key, text) -> text.length())
          .expireAfterAccess(Duration.ofHours(1))
          .build();

  @PostConstruct
  void start() {
    tokens = new PlaybackTokens(keys.derivedKey("academy playback URL"));
  }

  /** Opens a session of the bound academy's {@code userId} on the video; empty for no video. */
  public Optional<Opened> open(UUID videoId, long userId, boolean studentView) {
    return ledger
        .start(videoId, userId, studentView)
        .map(
            started ->
                new Opened(
                    started.session(),
                    tokens.issue(
                        new PlaybackTokens.Claims(
                            tenant.require(),
                            started.session().sessionId(),
                            started.session().expiresAt()))));
  }

  /** The master playlist for a playback token; empty when the token or its session is not valid. */
  public Optional<String> master(String token) {
    return playing(token).flatMap(p -> playlist(p.video().keys().hlsMaster()));
  }

  /** A rendition's playlist with signed segment URLs; empty as for the master, or no rendition. */
  public Optional<String> rendition(String token, String rendition) {
    if (rendition == null || !rendition.matches(RENDITION)) {
      return Optional.empty();
    }
    return playing(token)
        .flatMap(
            p -> {
              VideoKeys videoKeys = p.video().keys();
              String folder = videoKeys.hls() + rendition + "/";
              Duration ttl = segmentTtl(p.claims().expiresAt());
              return playlist(folder + "index.m3u8")
                  .flatMap(
                      text ->
                          PlaylistRewrite.segments(
                              text, name -> objects.presignGet(folder + name, ttl).toString()));
            });
  }

  private record Playing(PlaybackTokens.Claims claims, Video video) {}

  /** Verifies the token, binds its academy, and finds the session's video if it still plays. */
  private Optional<Playing> playing(String token) {
    Optional<PlaybackTokens.Claims> claims = tokens.verify(token, clock.instant());
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    Optional<TenantId> bound = tenant.current();
    if (bound.isPresent() && !bound.get().equals(claims.get().tenant())) {
      return Optional.empty();
    }
    tenant.bind(claims.get().tenant());
    return ledger.playing(claims.get().sessionId()).map(video -> new Playing(claims.get(), video));
  }

  private Optional<String> playlist(String key) {
    String cached = playlists.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<String> read =
        objects.read(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    read.ifPresent(text -> playlists.put(key, text));
    return read;
  }

  private Duration segmentTtl(Instant expiresAt) {
    Duration left = Duration.between(clock.instant(), expiresAt);
    if (left.compareTo(MIN_SEGMENT_TTL) < 0) {
      return MIN_SEGMENT_TTL;
    }
    return left.compareTo(MAX_SEGMENT_TTL) > 0 ? MAX_SEGMENT_TTL : left;
  }
}
