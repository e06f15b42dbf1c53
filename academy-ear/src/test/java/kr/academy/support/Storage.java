package kr.academy.support;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The local S3-compatible server the started server uses (from the stack's env). */
public final class Storage {

  private Storage() {}

  /** Every key under the prefix. */
  public static List<String> keys(String bucket, String prefix) {
    try (S3Client s3 =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(URI.create(System.getenv("ACADEMY_S3_ENDPOINT")))
            .region(Region.of(System.getenv("ACADEMY_S3_REGION")))
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        System.getenv("ACADEMY_S3_ACCESS_KEY"),
                        System.getenv("ACADEMY_S3_SECRET_KEY"))))
            .build()) {
      return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
          .map(S3Object::key)
          .toList();
    }
  }
}
