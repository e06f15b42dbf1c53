package kr.academy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import kr.academy.media.VideoObjects;

/**
 * The video bucket in memory: objects by key, open multipart uploads with their parts, and every
 * store in order (so a test sees an object stored twice, or the master playlist stored last).
 */
public final class InMemoryVideoObjects implements VideoObjects {

  private final Map<String, byte[]> objects = new TreeMap<>();
  private final Map<String, Map<Integer, byte[]>> uploads = new LinkedHashMap<>();
  private final List<String> stores = new ArrayList<>();
  private final List<String> deletions = new ArrayList<>();

  /** Puts an object as a client's upload would have. */
  public void upload(String key, byte[] content) {
    objects.put(key, content);
  }

  /** Puts a part of a multipart upload as a client's PUT would have; returns its ETag. */
  public String uploadPart(String uploadId, int partNumber, byte[] content) {
    uploads.get(uploadId).put(partNumber, content);
    return etag(uploadId, partNumber);
  }

  private static String etag(String uploadId, int partNumber) {
    return "etag-" + uploadId + "-" + partNumber;
  }

  public Map<String, byte[]> objects() {
    return Map.copyOf(objects);
  }

  /** The keys stored through {@link #store}, in order, repeats included. */
  public List<String> stores() {
    return List.copyOf(stores);
  }

  /** The prefixes deleted, in order. */
  public List<String> deletions() {
    return List.copyOf(deletions);
  }

  public boolean openUpload(String uploadId) {
    return uploads.containsKey(uploadId);
  }

  @Override
  public PresignedRequest presignPut(String key, String contentType, long size, Duration ttl) {
    return new PresignedRequest(
        "PUT",
        URI.create("memory://video/" + key + "?put"),
        Map.of("content-type", contentType),
        Instant.EPOCH.plus(ttl));
  }

  @Override
  public String startMultipart(String key, String contentType) {
    String id = "upload-" + UUID.randomUUID();
    uploads.put(id, new TreeMap<>());
    return id;
  }

  @Override
  public URI presignPart(String key, String uploadId, int partNumber, Duration ttl) {
    return URI.create("memory://video/" + key + "?uploadId=" + uploadId + "&part=" + partNumber);
  }

  @Override
  public void completeMultipart(String key, String uploadId, List<UploadedPart> parts) {
    Map<Integer, byte[]> uploaded = uploads.get(uploadId);
    if (uploaded == null) {
      throw new UploadMissing("the multipart upload is no longer open");
    }
    var joined = new java.io.ByteArrayOutputStream();
    for (UploadedPart part : parts) {
      byte[] bytes = uploaded.get(part.partNumber());
      if (bytes == null || !etag(uploadId, part.partNumber()).equals(part.etag())) {
        throw new UploadMissing("a part was not uploaded, or its ETag is not the one stored");
      }
      joined.writeBytes(bytes);
    }
    objects.put(key, joined.toByteArray());
    uploads.remove(uploadId);
  }

  @Override
  public void abortMultipart(String key, String uploadId) {
    uploads.remove(uploadId);
  }

  @Override
  public OptionalLong size(String key) {
    byte[] bytes = objects.get(key);
    return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes.length);
  }

  @Override
  public URI presignGet(String key, Duration ttl) {
    return URI.create("memory://video/" + key + "?get");
  }

  @Override
  public void deleteUnder(String prefix, String keep) {
    deletions.add(prefix);
    objects.keySet().removeIf(key -> key.startsWith(prefix) && !key.equals(keep));
  }

  @Override
  public Optional<byte[]> read(String key) {
    return Optional.ofNullable(objects.get(key));
  }

  @Override
  public void fetch(String key, Path target) throws IOException {
    byte[] bytes = objects.get(key);
    if (bytes == null) {
      throw new NoSuchFileException(key);
    }
    Files.write(target, bytes);
  }

  @Override
  public void store(String key, Path file, String contentType) {
    try {
      objects.put(key, Files.readAllBytes(file));
      stores.add(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
