package kr.academy.media.s3;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kr.academy.media.VideoObjects;
import kr.academy.platform.storage.StorageBucket;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * {@link VideoObjects} in the video bucket ({@code academy.bucket.video}) through the AWS SDK: S3,
 * R2 or any S3-compatible store. Presigned URLs are signed locally (no call); the rest is one or a
 * few requests each.
 */
@ApplicationScoped
public class S3VideoObjects implements VideoObjects {

  /** S3's limit of keys per DeleteObjects request. */
  private static final int DELETE_BATCH = 1000;

  @Inject S3Client s3;
  @Inject S3Presigner presigner;

  private String bucket;

  @Inject
  void configure(Config config) {
    bucket =
        config
            .getOptionalValue(StorageBucket.VIDEO.property(), String.class)
            .orElse(StorageBucket.VIDEO.defaultName());
  }

  @Override
  public PresignedRequest presignPut(String key, String contentType, long size, Duration ttl) {
    PresignedPutObjectRequest put =
        presigner.presignPutObject(
            p ->
                p.signatureDuration(ttl)
                    .putObjectRequest(r -> r.bucket(bucket).key(key).contentType(contentType)));
    return new PresignedRequest(
        "PUT", uri(put.url().toString()), headers(put.signedHeaders()), put.expiration());
  }

  /** The signed headers a client must send itself (its HTTP library sets Host). */
  private static Map<String, String> headers(Map<String, List<String>> signed) {
    Map<String, String> headers = new LinkedHashMap<>();
    signed.forEach(
        (name, values) -> {
          if (!name.equalsIgnoreCase("host")) {
            headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
          }
        });
    return headers;
  }

  @Override
  public String startMultipart(String key, String contentType) {
    return s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType))
        .uploadId();
  }

  @Override
  public URI presignPart(String key, String uploadId, int partNumber, Duration ttl) {
    return uri(
        presigner
            .presignUploadPart(
                p ->
                    p.signatureDuration(ttl)
                        .uploadPartRequest(
                            r ->
                                r.bucket(bucket)
                                    .key(key)
                                    .uploadId(uploadId)
                                    .partNumber(partNumber)))
            .url()
            .toString());
  }

  @Override
  public void completeMultipart(String key, String uploadId, List<UploadedPart> parts) {
    List<CompletedPart> completed = new ArrayList<>(parts.size());
    for (UploadedPart part : parts) {
      completed.add(
          CompletedPart.builder().partNumber(part.partNumber()).eTag(quoted(part.etag())).build());
    }
    try {
      s3.completeMultipartUpload(
          b ->
              b.bucket(bucket)
                  .key(key)
                  .uploadId(uploadId)
                  .multipartUpload(m -> m.parts(completed)));
    } catch (NoSuchUploadException e) {
      throw new UploadMissing("the multipart upload is no longer open");
    } catch (S3Exception e) {
      if (e.statusCode() >= 400 && e.statusCode() < 500) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        throw new UploadMissing(
            switch (code == null ? "" : code) {
              case "InvalidPart" -> "a part was not uploaded, or its ETag is not the one stored";
              case "InvalidPartOrder" -> "the parts are not in ascending order";
              case "EntityTooSmall" -> "a part other than the last is smaller than 5 MiB";
              default -> "the storage refused to join the parts (" + e.statusCode() + ")";
            });
      }
      throw e;
    }
  }

  private static String quoted(String etag) {
    String e = etag.strip();
    return e.startsWith("\"") ? e : "\"" + e + "\"";
  }

  @Override
  public void abortMultipart(String key, String uploadId) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (NoSuchUploadException e) {
      // Already completed or aborted: nothing is left open.
    }
  }

  @Override
  public OptionalLong size(String key) {
    try {
      return OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(key)).contentLength());
    } catch (NoSuchKeyException e) {
      return OptionalLong.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return OptionalLong.empty();
      }
      throw e;
    }
  }

  @Override
  public URI presignGet(String key, Duration ttl) {
    return uri(
        presigner
            .presignGetObject(
                p -> p.signatureDuration(ttl).getObjectRequest(g -> g.bucket(bucket).key(key)))
            .url()
            .toString());
  }

  @Override
  public void deleteUnder(String prefix, String keep) {
    if (prefix == null || prefix.length() < "tenants/1/videos/".length() || !prefix.endsWith("/")) {
      throw new IllegalArgumentException("not a video's prefix: " + prefix);
    }
    List<ObjectIdentifier> batch = new ArrayList<>();
    for (S3Object object :
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
      if (!object.key().equals(keep)) {
        batch.add(ObjectIdentifier.builder().key(object.key()).build());
      }
      if (batch.size() == DELETE_BATCH) {
        delete(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      delete(batch);
    }
  }

  private void delete(List<ObjectIdentifier> keys) {
    Delete delete = Delete.builder().objects(keys).quiet(true).build();
    var answer = s3.deleteObjects(b -> b.bucket(bucket).delete(delete));
    if (answer.hasErrors() && !answer.errors().isEmpty()) {
      throw new IllegalStateException(
          answer.errors().size()
              + " objects not deleted, first "
              + answer.errors().get(0).key()
              + ": "
              + answer.errors().get(0).code());
    }
  }

  @Override
  public Optional<byte[]> read(String key) {
    try {
      return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public void fetch(String key, Path target) throws IOException {
    try (InputStream content = s3.getObject(b -> b.bucket(bucket).key(key))) {
      Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void store(String key, Path file, String contentType) {
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
  }

  private static URI uri(String url) {
    return URI.create(url);
  }
}
