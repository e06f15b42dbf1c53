package kr.academy.platform.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import kr.academy.platform.tracing.Tracing;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients for SQS and object storage. An endpoint override points them at ElasticMQ and an
 * S3-compatible server locally (path-style addressing), or at R2; without one they talk to AWS. The
 * HTTP client is named explicitly: SDK discovery through the context class loader misbehaves inside
 * the container (STACK-NOTES). Every call is a span of the trace it is made in ({@link
 * TracedAwsCalls}).
 */
@ApplicationScoped
public class AwsClients {

  private AwsServiceSettings sqs;
  private AwsServiceSettings s3;
  private Tracing tracing = Tracing.NONE;

  @Inject
  void trace(Tracing tracing) {
    this.tracing = tracing;
  }

  @Inject
  void configure(Config config) {
    sqs = AwsServiceSettings.read(config, "academy.sqs");
    s3 = AwsServiceSettings.read(config, "academy.s3");
  }

  @Produces
  @ApplicationScoped
  SqsClient sqs() {
    var builder =
        SqsClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(sqs.region())
            .credentialsProvider(sqs.credentials())
            .overrideConfiguration(o -> o.addExecutionInterceptor(new TracedAwsCalls(tracing)));
    sqs.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Produces
  @ApplicationScoped
  S3Client s3() {
    var builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(s3.region())
            .credentialsProvider(s3.credentials())
            .forcePathStyle(s3.endpoint().isPresent())
            .overrideConfiguration(o -> o.addExecutionInterceptor(new TracedAwsCalls(tracing)))
            // SDK 2.30+ adds a CRC checksum to every upload unless told otherwise; S3-compatible
            // stores (R2, older MinIO, proxies) refused or mangled those, so only when required.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    s3.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Produces
  @ApplicationScoped
  S3Presigner presigner() {
    var builder =
        S3Presigner.builder()
            .region(s3.region())
            .credentialsProvider(s3.credentials())
            .serviceConfiguration(
                S3Configuration.builder()
                    .pathStyleAccessEnabled(s3.endpoint().isPresent())
                    .build());
    s3.endpoint().ifPresent(builder::endpointOverride);
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
}
