package kr.academy.platform.clients;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Where one AWS-compatible service is and how to sign for it, read under the service's prefix:
 * {@code <prefix>.endpoint} (absent: AWS itself; locally ElasticMQ or S3Proxy; R2 for storage),
 * {@code <prefix>.region}, {@code <prefix>.access-key}, {@code <prefix>.secret-key}.
 */
record AwsServiceSettings(
    Optional<URI> endpoint, Region region, Optional<String> accessKey, Optional<String> secretKey) {

  static final String DEFAULT_REGION = "ap-northeast-2";

  static AwsServiceSettings read(Config config, String prefix) {
    return new AwsServiceSettings(
        config.getOptionalValue(prefix + ".endpoint", URI.class),
        Region.of(config.getOptionalValue(prefix + ".region", String.class).orElse(DEFAULT_REGION)),
        config.getOptionalValue(prefix + ".access-key", String.class).filter(k -> !k.isBlank()),
        config.getOptionalValue(prefix + ".secret-key", String.class));
  }

  /** Static keys when configured, else the default chain (the ECS task role). */
  AwsCredentialsProvider credentials() {
    if (accessKey.isPresent() && secretKey.isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(accessKey.get(), secretKey.get()));
    }
    return DefaultCredentialsProvider.create();
  }
}
