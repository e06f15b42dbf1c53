package kr.academy.web.media;

/**
 * A video to upload: its title, the file's name, its content type ({@code video/*}) and its exact
 * size in bytes; which fields are required and what they may hold is the domain's rule.
 */
public record VideoCreateRequest(
    String title, String fileName, String contentType, Long sizeBytes) {}
