package kr.academy.web.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors raised by the JAX-RS runtime itself (unknown path, wrong method, media type...). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedErrorMapper.unexpected(e);
    }
    if (status == 400) {
      return BadRequestBodies.describe(e).orElseGet(BadRequestBodies::unreadable);
    }
    return ErrorBody.response(status, codeOf(status), messageOf(status));
  }

  static String codeOf(int status) {
    return switch (status) {
      case 400 -> "BAD_REQUEST";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 409 -> "CONFLICT";
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      default -> "HTTP_" + status;
    };
  }

  static String messageOf(int status) {
    return switch (status) {
      case 400 -> "the request cannot be read";
      case 401 -> "a valid bearer token is required";
      case 403 -> "your role does not allow this";
      case 404 -> "not found";
      case 405 -> "this method is not allowed here";
      case 406 -> "this endpoint answers only application/json";
      case 413 -> "the request body is too large";
      case 415 -> "this endpoint does not accept the request's Content-Type";
      default -> "the request cannot be served (HTTP " + status + ")";
    };
  }
}
