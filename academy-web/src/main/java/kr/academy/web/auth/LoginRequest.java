package kr.academy.web.auth;

import jakarta.validation.constraints.NotBlank;

/** Without {@code tenant}, a platform admin logs in. */
public record LoginRequest(String tenant, @NotBlank String phone, @NotBlank String password) {}
