package kr.academy.web.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not foreseen: logged with an incident id the user can quote; the body never carries a
 * stack trace or internal detail.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    return BadRequestBodies.describe(e).orElseGet(() -> unexpected(e));
  }

  static Response unexpected(Throwable e) {
    ErrorBody body = incident(e);
    return ErrorBody.response(500, body.error(), body.message());
  }

  /** Logs the failure under a new incident id and says so in the body (status 500). */
  static ErrorBody incident(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, e);
    return new ErrorBody(
        "INTERNAL_ERROR", "an unexpected error occurred; incident " + incident, List.of());
  }
}
