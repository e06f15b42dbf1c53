package kr.academy.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule of the domain was broken. Rolls the transaction back and reaches the caller unwrapped, so
 * the API can answer with the right status and a message the user can act on.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

  /** What went wrong, in terms the API maps to a status without knowing the domain. */
  public enum Kind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    UNPROCESSABLE,
    /** A limit of the academy's (a monthly quota) would be passed. */
    LIMIT_REACHED
  }

  /** One problem with one field of the input. */
  public record Detail(String field, String message) {}

  private final Kind kind;
  private final String code;
  private final transient List<Detail> details;

  public DomainException(Kind kind, String code, String message, List<Detail> details) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.details = List.copyOf(details);
  }

  public DomainException(Kind kind, String code, String message) {
    this(kind, code, message, List.of());
  }

  public static DomainException notFound(String what) {
    return new DomainException(Kind.NOT_FOUND, "NOT_FOUND", what + " not found");
  }

  public static DomainException invalid(String field, String message) {
    return new DomainException(
        Kind.INVALID, "VALIDATION_FAILED", message, List.of(new Detail(field, message)));
  }

  /** Every problem of an input at once, under {@code code}; the message sums them up. */
  public static DomainException invalid(String code, List<Detail> problems) {
    return new DomainException(
        Kind.INVALID,
        code,
        problems.size() == 1
            ? problems.get(0).message()
            : "the input has " + problems.size() + " problems",
        problems);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<Detail> details() {
    return details;
  }
}
