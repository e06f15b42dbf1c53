package kr.academy.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class LocalStackTest {

  private static final String ACCESS_KEY = "test-access";
  private static final String SECRET_KEY = "test-secret";

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void createsQueuesBucketsAndKeysAndKeepsObjectsAndKeysAcrossRestarts() throws Exception {
    Options options =
        Options.parse(
            "--data-dir", dir.resolve("data").toString(),
            "--sqs-port", String.valueOf(freePort()),
            "--s3-port", String.valueOf(freePort()),
            "--s3-access-key", ACCESS_KEY,
            "--s3-secret-key", SECRET_KEY,
            "--keys-dir", dir.resolve("keys").toString(),
            "--solapi-port", String.valueOf(freePort()),
            "--solapi-api-key", "key",
            "--solapi-api-secret", "secret",
            "--otlp-port", String.valueOf(freePort()));
    String publicKeyBefore;
    URI objectUrl;
    try (LocalStack stack = LocalStack.start(options)) {
      assertQueuesWithDeadLetterQueues(stack.sqs().endpoint());
      assertBuckets(stack.s3().endpoint());
      sdkPutThenGet(stack.s3().endpoint());
      objectUrl = presignedPutThenGet(stack.s3().endpoint());
      assertBrowsersOfAnyOriginMayReadAndUpload(objectUrl);
      assertKeyPair(options.keysDir());
      publicKeyBefore = Files.readString(options.keysDir().resolve(JwtKeys.PUBLIC_KEY_FILE));
    }

    try (LocalStack stack = LocalStack.start(options)) {
      assertBuckets(stack.s3().endpoint());
      assertEquals("hello", get(presignedGet(stack.s3().endpoint())).body());
      assertEquals(
          publicKeyBefore,
          Files.readString(options.keysDir().resolve(JwtKeys.PUBLIC_KEY_FILE)),
          "the key pair is kept, not regenerated");
      // Without the signature's query string the same URL is refused, as by S3.
      assertEquals(403, get(URI.create(objectUrl.toString().split("\\?")[0])).statusCode());
    }
  }

  private static void assertQueuesWithDeadLetterQueues(URI endpoint) {
    try (SqsClient sqs = SqsServer.client(endpoint)) {
      List<String> urls = sqs.listQueues().queueUrls();
      assertEquals(2 * SqsServer.QUEUES.size(), urls.size(), urls::toString);
      for (String queue : SqsServer.QUEUES) {
        String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
        assertTrue(url.startsWith(endpoint.toString()), url);
        String policy =
            sqs.getQueueAttributes(
                    b -> b.queueUrl(url).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes()
                .get(QueueAttributeName.REDRIVE_POLICY)
                .replace(" ", "");
        assertTrue(policy.contains(":" + queue + SqsServer.DLQ_SUFFIX + "\""), policy);
        assertTrue(policy.matches(".*\"maxReceiveCount\":\"?3\"?.*"), policy);
      }
    }
  }

  private static void assertBuckets(URI endpoint) {
    try (S3Client s3 = S3Server.client(endpoint, ACCESS_KEY, SECRET_KEY)) {
      for (String bucket : S3Server.BUCKETS) {
        s3.headBucket(b -> b.bucket(bucket));
      }
    }
  }

  /** The SDK's default request checksums (aws-chunked CRC32 trailers) must be understood. */
  private static void sdkPutThenGet(URI endpoint) {
    try (S3Client s3 = S3Server.client(endpoint, ACCESS_KEY, SECRET_KEY)) {
      s3.putObject(
          b -> b.bucket("academy-ai").key("tenant-1/result.json"),
          RequestBody.fromString("{\"ok\":true}"));
      assertEquals(
          "{\"ok\":true}",
          s3.getObjectAsBytes(b -> b.bucket("academy-ai").key("tenant-1/result.json"))
              .asUtf8String());
    }
  }

  /** The upload/download flow of the platform: SigV4 presigned URLs used by a plain client. */
  private URI presignedPutThenGet(URI endpoint) throws Exception {
    try (S3Presigner presigner = presigner(endpoint)) {
      URI put =
          presigner
              .presignPutObject(
                  b ->
                      b.signatureDuration(Duration.ofMinutes(5))
                          .putObjectRequest(
                              o ->
                                  o.bucket("academy-storage")
                                      .key("tenant-1/hello.txt")
                                      .contentType("text/plain")))
              .url()
              .toURI();
      HttpResponse<String> putResponse =
          http.send(
              HttpRequest.newBuilder(put)
                  .header("Content-Type", "text/plain")
                  .PUT(HttpRequest.BodyPublishers.ofString("hello"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, putResponse.statusCode(), putResponse.body());
    }
    URI get = presignedGet(endpoint);
    HttpResponse<String> response = get(get);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("hello", response.body());
    assertEquals("text/plain", response.headers().firstValue("Content-Type").orElse(""));
    return get;
  }

  /**
   * The web app and the playback tests' page live on origins other than the bucket's: they read
   * (playback) and upload (PUT, reading ETags) cross-origin, and read a refusal's status too.
   */
  private void assertBrowsersOfAnyOriginMayReadAndUpload(URI get) throws Exception {
    String origin = "http://127.0.0.1:1234";
    HttpResponse<String> read = get(get, origin);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(get)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, preflight.statusCode(), preflight.body());
    assertTrue(
        preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"),
        preflight.headers().map()::toString);
    assertEquals(
        "ETag", preflight.headers().firstValue("Access-Control-Expose-Headers").orElse(""));

    HttpResponse<String> refused = get(URI.create(get.toString().split("\\?")[0]), origin);
    assertEquals(403, refused.statusCode());
    assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
  }

  private static URI presignedGet(URI endpoint) throws Exception {
    try (S3Presigner presigner = presigner(endpoint)) {
      return presigner
          .presignGetObject(
              b ->
                  b.signatureDuration(Duration.ofMinutes(5))
                      .getObjectRequest(o -> o.bucket("academy-storage").key("tenant-1/hello.txt")))
          .url()
          .toURI();
    }
  }

  private static S3Presigner presigner(URI endpoint) {
    return S3Presigner.builder()
        .endpointOverride(endpoint)
        .region(Region.of(LocalStack.REGION))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .build();
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI uri, String origin)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).header("Origin", origin).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertKeyPair(Path keysDir) throws Exception {
    Path privatePem = keysDir.resolve(JwtKeys.PRIVATE_KEY_FILE);
    Path publicPem = keysDir.resolve(JwtKeys.PUBLIC_KEY_FILE);
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privatePem)));
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    PrivateKey privateKey =
        rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem, "PRIVATE KEY")));
    PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(publicPem, "PUBLIC KEY")));

    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(privateKey);
    signer.update(new byte[] {1, 2, 3});
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey);
    verifier.update(new byte[] {1, 2, 3});
    assertTrue(verifier.verify(signature), "the two PEM files are one key pair");
  }

  private static byte[] der(Path pem, String type) throws IOException {
    String text = Files.readString(pem);
    String begin = "-----BEGIN " + type + "-----\n";
    String end = "-----END " + type + "-----\n";
    assertTrue(text.startsWith(begin) && text.endsWith(end), text);
    return Base64.getMimeDecoder()
        .decode(text.substring(begin.length(), text.length() - end.length()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
