package kr.academy.platform.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients for SQS and object storage. An endpoint override points them at ElasticMQ and an
 * S3-compatible server locally, or at R2; without one they talk to AWS. Without configured keys
 * they use the default chain (the ECS task role). The HTTP client is named explicitly: SDK
 * discovery through the context class loader misbehaves inside the container (STACK-NOTES).
 */
@ApplicationScoped
public class AwsClients {

  @Inject
  @ConfigProperty(name = "academy.sqs.endpoint")
  Optional<URI> sqsEndpoint;

  @Inject
  @ConfigProperty(name = "academy.sqs.region", defaultValue = "ap-northeast-2")
  String sqsRegion;

  @Inject
  @ConfigProperty(name = "academy.sqs.access-key")
  Optional<String> sqsAccessKey;

  @Inject
  @ConfigProperty(name = "academy.sqs.secret-key")
  Optional<String> sqsSecretKey;

  @Inject
  @ConfigProperty(name = "academy.s3.endpoint")
  Optional<URI> s3Endpoint;

  @Inject
  @ConfigProperty(name = "academy.s3.region", defaultValue = "ap-northeast-2")
  String s3Region;

  @Inject
  @ConfigProperty(name = "academy.s3.access-key")
  Optional<String> s3AccessKey;

  @Inject
  @ConfigProperty(name = "academy.s3.secret-key")
  Optional<String> s3SecretKey;

  @Produces
  @ApplicationScoped
  SqsClient sqs() {
    var builder =
        SqsClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(sqsRegion))
            .credentialsProvider(credentials(sqsAccessKey, sqsSecretKey));
    sqsEndpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Produces
  @ApplicationScoped
  S3Client s3() {
    var builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(s3Region))
            .credentialsProvider(credentials(s3AccessKey, s3SecretKey))
            .forcePathStyle(s3Endpoint.isPresent());
    s3Endpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Produces
  @ApplicationScoped
  S3Presigner presigner() {
    var builder =
        S3Presigner.builder()
            .region(Region.of(s3Region))
            .credentialsProvider(credentials(s3AccessKey, s3SecretKey))
            .serviceConfiguration(
                S3Configuration.builder().pathStyleAccessEnabled(s3Endpoint.isPresent()).build());
    s3Endpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  void closeSqs(@Disposes SqsClient client) {
    client.close();
  }

  void closeS3(@Disposes S3Client client) {
    client.close();
  }

  void closePresigner(@Disposes S3Presigner presigner) {
    presigner.close();
  }

  private static AwsCredentialsProvider credentials(Optional<String> key, Optional<String> secret) {
    if (key.filter(k -> !k.isBlank()).isPresent() && secret.isPresent()) {
      return StaticCredentialsProvider.create(AwsBasicCredentials.create(key.get(), secret.get()));
    }
    return DefaultCredentialsProvider.create();
  }
}
