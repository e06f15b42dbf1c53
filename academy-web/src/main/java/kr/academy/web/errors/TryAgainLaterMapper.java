package kr.academy.web.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kr.academy.common.TryAgainLater;

/**
 * 429 in the error shape, with {@code Retry-After} saying when a request is looked at again (failed
 * logins, an academy's rate limits).
 */
@Provider
public class TryAgainLaterMapper implements ExceptionMapper<TryAgainLater> {

  @Override
  public Response toResponse(TryAgainLater e) {
    return response(e);
  }

  public static Response response(TryAgainLater e) {
    return Response.fromResponse(ErrorBody.response(429, e.code(), e.getMessage(), e.details()))
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .build();
  }
}
