package kr.academy.web.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import kr.academy.ai.AiSettings;
import kr.academy.students.imports.ImportLimits;
import kr.academy.web.errors.BodyTooLargeException;
import kr.academy.web.errors.ErrorBody;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over the configured size with 413: at once when the declared length is too big,
 * and while reading when a chunked body grows past it. Runs after matching, before the body is
 * read, so a method marked {@link AcceptsUpload} gets the limit of what it takes (plus room for the
 * multipart envelope) and every other method the limit for JSON bodies.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

  /** Room for the multipart boundaries and part headers around an upload. */
  static final long ENVELOPE_BYTES = 64 * 1024;

  @Inject
  @ConfigProperty(name = "academy.http.max-body-bytes", defaultValue = "1048576")
  long maxJsonBytes;

  @Inject ImportLimits imports;
  @Inject AiSettings ai;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    AcceptsUpload upload = method == null ? null : method.getAnnotation(AcceptsUpload.class);
    long maxBytes =
        upload == null
            ? maxJsonBytes
            : ENVELOPE_BYTES
                + switch (upload.value()) {
                  case ROSTER -> imports.maxUploadBytes();
                  case PAGES -> ai.largestUpload();
                };
    if (request.getLength() > maxBytes) {
      request.abortWith(
          ErrorBody.response(
              413, "PAYLOAD_TOO_LARGE", "the request body is larger than " + maxBytes + " bytes"));
      return;
    }
    if (request.hasEntity() && request.getHeaderString(HttpHeaders.CONTENT_LENGTH) == null) {
      request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
    }
  }

  private static final class Limited extends FilterInputStream {

    private final long limit;
    private long read;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
  }
}
