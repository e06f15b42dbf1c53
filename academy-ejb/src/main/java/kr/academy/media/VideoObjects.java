package kr.academy.media;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The video bucket ({@code academy-video}): uploads straight from the academy's client through
 * presigned URLs, the worker's files, and short-lived URLs to view them. Keys are always a video's
 * ({@link VideoKeys}), inside its academy's prefix.
 */
public interface VideoObjects {

  /** A request a client makes itself, with the headers it must send as they are. */
  record PresignedRequest(String method, URI url, Map<String, String> headers, Instant expiresAt) {}

  /** A part of a multipart upload as its PUT answered: its number and ETag. */
  record UploadedPart(int partNumber, String etag) {}

  /** The parts named do not make an upload the storage has (missing, wrong ETags, or none). */
  class UploadMissing extends RuntimeException {
    public UploadMissing(String message) {
      super(message, null, false, false);
    }
  }

  /** A URL to PUT the whole file to, valid for {@code ttl}. */
  PresignedRequest presignPut(String key, String contentType, long size, Duration ttl);

  /** Opens a multipart upload; returns its id. */
  String startMultipart(String key, String contentType);

  /** A URL to PUT part {@code partNumber} (from 1) to. */
  URI presignPart(String key, String uploadId, int partNumber, Duration ttl);

  /** Joins the parts into the object; throws {@link UploadMissing} when they do not make one. */
  void completeMultipart(String key, String uploadId, List<UploadedPart> parts);

  /** Abandons an open multipart upload and its parts; nothing if there is none. */
  void abortMultipart(String key, String uploadId);

  /** The stored object's size, or empty when there is none. */
  OptionalLong size(String key);

  /** A short-lived GET URL. */
  URI presignGet(String key, Duration ttl);

  /** Deletes every object under {@code prefix} but {@code keep} (null keeps nothing). */
  void deleteUnder(String prefix, String keep);

  /** The object's bytes (a playlist: small), or empty when there is none. */
  Optional<byte[]> read(String key);

  /** Downloads the object to {@code target}. */
  void fetch(String key, Path target) throws IOException;

  /** Stores the file at {@code key}, replacing what is there. */
  void store(String key, Path file, String contentType);
}
