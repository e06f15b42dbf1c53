package kr.academy.web.auth;

import jakarta.validation.constraints.NotBlank;

public record PasswordChangeRequest(
    @NotBlank String currentPassword, @NotBlank String newPassword) {}
