package kr.academy.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every problem with an input before failing, so the user fixes them all at once. */
public final class Validation {

  private final List<DomainException.Detail> problems = new ArrayList<>();

  /** Runs a check that throws a validation {@link DomainException}; keeps its details. */
  public <T> T check(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.INVALID) {
        throw e;
      }
      problems.addAll(e.details());
      return null;
    }
  }

  /** Text that is required and at most {@code max} characters; returns it stripped. */
  public String requiredText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new DomainException.Detail(field, field + " is required"));
      return null;
    }
    return optionalText(field, value, max);
  }

  /** Text that may be absent; blank counts as absent. Either way it must be storable text. */
  public String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    StorableText.problem(field, stripped).ifPresent(problem -> problem(field, problem));
    if (stripped.length() > max) {
      problems.add(
          new DomainException.Detail(field, field + " must be at most " + max + " characters"));
    }
    return stripped;
  }

  /** A problem found by the caller's own rule. */
  public void problem(String field, String message) {
    problems.add(new DomainException.Detail(field, message));
  }

  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw DomainException.invalid("VALIDATION_FAILED", problems);
    }
  }
}
