package kr.academy.web.media;

/**
 * What a player reports every ~30 s and when it starts, pauses or seeks: its position in seconds,
 * whether it is playing, and its rate (1 when absent).
 */
public record HeartbeatRequest(Double positionSeconds, Boolean playing, Double rate) {}
