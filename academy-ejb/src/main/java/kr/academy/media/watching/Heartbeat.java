package kr.academy.media.watching;

import java.time.Instant;

/**
 * What the player reports: where it is in the video, whether it is playing and at what rate, and
 * when the server received it (the client's clock is never trusted).
 */
public record Heartbeat(double positionSeconds, boolean playing, double rate, Instant receivedAt) {}
