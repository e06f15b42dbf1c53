package kr.academy.web.auth;

public record TokenBody(String accessToken, long expiresIn, String tokenType) {}
