package kr.academy.web;

import java.util.Arrays;
import kr.academy.common.DomainException;
import kr.academy.common.PageRequest;

/**
 * Query parameters read by hand: JAX-RS answers 404 when a typed query parameter does not parse,
 * but a bad {@code page=abc} is the client's input error (400).
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
