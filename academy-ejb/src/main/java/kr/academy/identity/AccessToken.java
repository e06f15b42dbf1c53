package kr.academy.identity;

/** A signed token and how many seconds it stays valid. */
public record AccessToken(String token, long expiresIn) {}
