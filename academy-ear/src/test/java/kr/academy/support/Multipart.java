package kr.academy.support;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A {@code multipart/form-data} request as a browser's form sends it: text fields and files. */
public final class Multipart {

  private final String boundary = "----academy" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart text(String name, String value) {
    head("form-data; name=\"" + name + "\"", "text/plain; charset=UTF-8");
    body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Multipart file(String name, String fileName, byte[] content) {
    head(
        "form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"",
        "application/octet-stream");
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  private void head(String disposition, String contentType) {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: "
                + disposition
                + "\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** POSTs the form to {@code path} (with its query) as the token's user. */
  public Api.Reply post(String path, String token, String idempotencyKey) {
    byte[] bytes = body.toByteArray();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(bytes);
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(all.toByteArray()));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return Api.send(request.build());
  }
}
