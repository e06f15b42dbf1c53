package kr.academy.web.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.web.input.JsonBody;

/**
 * Explains why a request body could not be read: too large, refused by the body check, not JSON at
 * all, or JSON whose values have the wrong types. The runtime wraps these causes differently, so
 * look through the whole cause chain. The messages of the parser and the binding name our classes
 * and theirs, so they never reach the answer.
 */
final class BadRequestBodies {

  private BadRequestBodies() {}

  static Optional<Response> describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return Optional.of(ErrorBody.response(413, "PAYLOAD_TOO_LARGE", tooLarge.getMessage()));
      }
      if (t instanceof DomainException refused) {
        return Optional.of(DomainExceptionMapper.response(refused));
      }
      if (t instanceof JsonParsingException) {
        return Optional.of(DomainExceptionMapper.response(JsonBody.notJson()));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException) {
        return Optional.of(
            DomainExceptionMapper.response(
                JsonBody.malformed(
                    "the request body does not match the expected fields and types",
                    "body",
                    "body does not match the expected fields and types")));
      }
    }
    return Optional.empty();
  }

  static Response unreadable() {
    return ErrorBody.response(400, "BAD_REQUEST", "the request cannot be read");
  }
}
