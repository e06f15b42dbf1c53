package kr.academy.media;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How the academy's client uploads a video's file, straight to storage: one presigned PUT, or for a
 * large file a multipart upload with a presigned PUT per part.
 */
public sealed interface UploadTicket {

  /** PUT the whole file to {@code url} with {@code headers}, before {@code expiresAt}. */
  record Single(String method, URI url, Map<String, String> headers, Instant expiresAt)
      implements UploadTicket {}

  /**
   * PUT bytes {@code (n-1)·partSize} to {@code n·partSize} of the file to part {@code n}'s URL (the
   * last part takes the rest), keep each answer's {@code ETag}, and name them on completion.
   */
  record Multipart(String uploadId, long partSize, List<Part> parts, Instant expiresAt)
      implements UploadTicket {}

  /** One part's upload URL. */
  record Part(int partNumber, URI url) {}
}
