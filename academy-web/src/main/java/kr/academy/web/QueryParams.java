package kr.academy.web;

import java.util.Arrays;
import kr.academy.common.DomainException;
import kr.academy.common.PageRequest;

/**
 * Query and path parameters read by hand: JAX-RS answers 404 when a typed parameter does not parse,
 * but a bad {@code page=abc} or student id {@code 1.5} is the client's input error (400).
 */
public final class QueryParams {

  private QueryParams() {}

  public static PageRequest page(String page, String size) {
    return PageRequest.of(integer("page", page), integer("size", size));
  }

  public static Integer integer(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(name, name + " must be a whole number");
    }
  }

  /**
   * A numeric id from the path. JAX-RS would answer 404 for one that does not parse; a value that
   * no id can have is the client's error, named like any other field.
   */
  public static long id(String name, String raw) {
    try {
      long id = Long.parseLong(raw);
      if (id >= 1) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to the same answer as a number out of range
    }
    throw DomainException.invalid(
        name, name + " must be a whole number from 1 to " + Long.MAX_VALUE);
  }

  public static boolean bool(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw DomainException.invalid(name, name + " must be true or false");
    };
  }

  /** One of an enum's names (case-insensitive); null when absent. */
  public static <E extends Enum<E>> E oneOf(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(raw.strip())) {
        return value;
      }
    }
    throw DomainException.invalid(
        name, name + " must be one of " + Arrays.toString(type.getEnumConstants()));
  }
}
