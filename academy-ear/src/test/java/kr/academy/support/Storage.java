package kr.academy.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The local S3-compatible server the started server uses (from the stack's env). */
public final class Storage {

  private Storage() {}

  private static S3Client client() {
    return S3Client.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .endpointOverride(URI.create(System.getenv("ACADEMY_S3_ENDPOINT")))
        .region(Region.of(System.getenv("ACADEMY_S3_REGION")))
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    System.getenv("ACADEMY_S3_ACCESS_KEY"),
                    System.getenv("ACADEMY_S3_SECRET_KEY"))))
        .build();
  }

  /** Every key under the prefix. */
  public static List<String> keys(String bucket, String prefix) {
    return List.copyOf(lastModified(bucket, prefix).keySet());
  }

  /** Every key under the prefix, in the bucket's order, with when it was last written. */
  public static Map<String, Instant> lastModified(String bucket, String prefix) {
    try (S3Client s3 = client()) {
      Map<String, Instant> objects = new LinkedHashMap<>();
      s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
          .forEach(o -> objects.put(o.key(), o.lastModified()));
      return objects;
    }
  }

  /** The object as UTF-8 text. */
  public static String text(String bucket, String key) {
    try (S3Client s3 = client()) {
      return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
    }
  }

  /** Writes an object directly, as a process of the platform would (a fixture, not a client). */
  public static void put(String bucket, String key, byte[] bytes) {
    try (S3Client s3 = client()) {
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }
  }
}
