package kr.academy.web.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kr.academy.common.DomainException;

/** The one error shape of the API (DESIGN §9). */
public record ErrorBody(String error, String message, List<DomainException.Detail> details) {

  public static Response response(int status, String error, String message) {
    return response(status, error, message, List.of());
  }

  public static Response response(
      int status, String error, String message, List<DomainException.Detail> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(error, message, details))
        .build();
  }
}
