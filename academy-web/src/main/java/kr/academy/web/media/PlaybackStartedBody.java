package kr.academy.web.media;

import java.time.Instant;

/** A playback session begun: its id (for heartbeats), the URL a player opens, and its end. */
public record PlaybackStartedBody(String sessionId, String playlistUrl, Instant expiresAt) {}
