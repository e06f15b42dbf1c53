package kr.academy.web;

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
}
