package kr.academy.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * S3Proxy on loopback over a directory, so objects survive restarts; requests must be signed (SigV2
 * or SigV4, presigned URLs included) with the configured key pair, as against real S3.
 */
final class S3Server implements AutoCloseable {

  static final List<String> BUCKETS =
      List.of("academy-ai", "academy-video", "academy-excel", "academy-storage");

  /**
   * What docs/operations.md asks of the real video bucket, for any origin: browsers upload with PUT
   * (reading each part's ETag) and play streams with GET from the web app's origin, which is never
   * the bucket's; the playback tests play from a page on a port of their own.
   */
  private static final CrossOriginResourceSharing BROWSER_CORS =
      new CrossOriginResourceSharing(
          List.of("*"), List.of("GET", "HEAD", "PUT"), List.of("*"), List.of("ETag"), "");

  private final S3Proxy proxy;
  private final URI endpoint;

  private S3Server(S3Proxy proxy, URI endpoint) {
    this.proxy = proxy;
    this.endpoint = endpoint;
  }

  static S3Server start(Path baseDir, int port, String accessKey, String secretKey)
      throws Exception {
    Files.createDirectories(baseDir);
    URI endpoint = URI.create("http://" + LocalStack.HOST + ":" + port);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(new FilesystemNio2BlobStore(baseDir.toString()))
            .endpoint(endpoint)
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            .corsRules(BROWSER_CORS)
            // Stop at once: a graceful stop (S3Proxy's default, up to 30 s) waits for clients'
            // idle keep-alive connections, which only delays restarts of a local stack.
            .stopTimeout(0)
            .build();
    // Returns once the connector is bound.
    proxy.start();
    S3Server s3 = new S3Server(proxy, endpoint);
    try {
      s3.createBuckets(accessKey, secretKey);
    } catch (RuntimeException e) {
      s3.close();
      throw e;
    }
    return s3;
  }

  URI endpoint() {
    return endpoint;
  }

  private void createBuckets(String accessKey, String secretKey) {
    try (S3Client s3 = client(endpoint, accessKey, secretKey)) {
      for (String bucket : BUCKETS) {
        try {
          s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
          s3.createBucket(b -> b.bucket(bucket));
        }
      }
    }
  }

  /** A path-style client: bucket subdomains of 127.0.0.1 do not resolve. */
  static S3Client client(URI endpoint, String accessKey, String secretKey) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.of(LocalStack.REGION))
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("stopping S3Proxy failed", e);
    }
  }
}
