package kr.academy.web.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kr.academy.identity.TooManyAttempts;

/** 429 in the error shape, with {@code Retry-After} saying when a login is looked at again. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttempts> {

  @Override
  public Response toResponse(TooManyAttempts e) {
    return Response.fromResponse(ErrorBody.response(429, e.code(), e.getMessage(), e.details()))
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .build();
  }
}
