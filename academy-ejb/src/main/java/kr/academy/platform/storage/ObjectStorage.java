package kr.academy.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Files in S3 (or R2): stored by workers, downloaded by users through short-lived URLs. */
@ApplicationScoped
public class ObjectStorage implements StoredFiles {

  @Inject S3Client s3;
  @Inject S3Presigner presigner;

  private final Map<StorageBucket, String> names = new EnumMap<>(StorageBucket.class);
  private Duration downloadTtl;

  @Inject
  void configure(Config config) {
    for (StorageBucket bucket : StorageBucket.values()) {
      names.put(
          bucket,
          config.getOptionalValue(bucket.property(), String.class).orElse(bucket.defaultName()));
    }
    downloadTtl =
        Duration.ofSeconds(
            config.getOptionalValue("academy.s3.download-url-ttl", Long.class).orElse(600L));
  }

  @Override
  public void put(StoredFile file, Path content, String contentType) {
    s3.putObject(
        b -> b.bucket(names.get(file.bucket())).key(file.key()).contentType(contentType),
        RequestBody.fromFile(content));
  }

  public void put(StoredFile file, byte[] content, String contentType) {
    s3.putObject(
        b -> b.bucket(names.get(file.bucket())).key(file.key()).contentType(contentType),
        RequestBody.fromBytes(content));
  }

  @Override
  public void get(StoredFile file, Path target) throws IOException {
    try (InputStream content =
        s3.getObject(b -> b.bucket(names.get(file.bucket())).key(file.key()))) {
      Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A GET URL valid for {@code academy.s3.download-url-ttl}, saving under the file's name. */
  public URI downloadUrl(StoredFile file) {
    String disposition =
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return URI.create(
        presigner
            .presignGetObject(
                p ->
                    p.signatureDuration(downloadTtl)
                        .getObjectRequest(
                            g ->
                                g.bucket(names.get(file.bucket()))
                                    .key(file.key())
                                    .responseContentDisposition(disposition)))
            .url()
            .toString());
  }
}
