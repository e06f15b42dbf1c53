package kr.academy.web.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import kr.academy.common.DomainException;

/** Bean Validation of request bodies and parameters: 400 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<DomainException.Detail> details =
        e.getConstraintViolations().stream()
            .map(v -> new DomainException.Detail(field(v), v.getMessage()))
            .sorted(Comparator.comparing(DomainException.Detail::field))
            .toList();
    String message =
        details.size() == 1
            ? details.get(0).field() + " " + details.get(0).message()
            : "the request has " + details.size() + " problems";
    return ErrorBody.response(400, "VALIDATION_FAILED", message, details);
  }

  /** The last named node of the path: the JSON field or query parameter. */
  private static String field(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        name = node.getName();
      }
    }
    return name;
  }
}
