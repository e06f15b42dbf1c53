package kr.academy.web.input;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.academy.common.DomainException;

/**
 * Every JSON body passes {@link JsonBody} before it is bound, whichever resource reads it. The body
 * is read whole (it is at most {@code academy.http.max-body-bytes}, see BodySizeLimit) and handed
 * on unchanged.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !isJson(type)) {
      return context.proceed();
    }
    refuseOtherCharsets(type);
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    if (body.length > 0) {
      JsonBody.check(body, context.getGenericType());
    }
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || type.getSubtype().toLowerCase().endsWith("+json");
  }

  /**
   * RFC 8259 §8.1: JSON exchanged between systems is UTF-8; a body in another charset is refused.
   */
  private static void refuseOtherCharsets(MediaType type) {
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !isUtf8(charset)) {
      throw new DomainException(
          DomainException.Kind.UNSUPPORTED_MEDIA_TYPE,
          "UNSUPPORTED_MEDIA_TYPE",
          "JSON bodies must be UTF-8, not " + charset,
          List.of());
    }
  }

  private static boolean isUtf8(String charset) {
    try {
      return Charset.forName(charset).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }
}
