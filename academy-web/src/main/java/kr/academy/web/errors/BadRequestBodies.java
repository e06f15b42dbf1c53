package kr.academy.web.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import kr.academy.common.DomainException;

/**
 * Explains why a request body could not be read: too large, not JSON at all, or JSON whose values
 * have the wrong types. The runtime wraps these causes differently, so look through the whole cause
 * chain.
 */
final class BadRequestBodies {

  private BadRequestBodies() {}

  static Optional<Response> describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return Optional.of(ErrorBody.response(413, "PAYLOAD_TOO_LARGE", tooLarge.getMessage()));
      }
      if (t instanceof JsonParsingException) {
        return Optional.of(
            ErrorBody.response(
                400,
                "MALFORMED_JSON",
                "the request body is not valid JSON",
                List.of(new DomainException.Detail("body", t.getMessage()))));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException) {
        return Optional.of(
            ErrorBody.response(
                400,
                "MALFORMED_JSON",
                "the request body does not match the expected fields and types",
                List.of(new DomainException.Detail("body", t.getMessage()))));
      }
    }
    return Optional.empty();
  }

  static Response unreadable() {
    return ErrorBody.response(400, "BAD_REQUEST", "the request cannot be read");
  }
}
