package kr.academy.web.media;

import jakarta.json.JsonObject;
import kr.academy.media.VideoStatus;

/**
 * A created video: its id, its status (UPLOADING) and how to upload its file: {@code {"method",
 * "url", "headers", "expiresAt"}} for one PUT, {@code {"uploadId", "partSize", "parts":
 * [{"partNumber", "url"}], "expiresAt"}} for a multipart upload.
 */
public record VideoCreatedBody(String id, VideoStatus status, JsonObject upload) {}
