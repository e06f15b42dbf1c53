package kr.academy.web.omr;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.function.Function;
import kr.academy.common.DomainException;
import kr.academy.common.Page;

/**
 * What the OMR resources share: the UUIDs in their paths (one that does not parse names nothing,
 * like an id of another academy) and their pages.
 */
final class OmrResources {

  private OmrResources() {}

  static UUID of(String id, String what) {
    try {
      if (id != null) {
        return UUID.fromString(id);
      }
    } catch (IllegalArgumentException e) {
      // answered below like any id the academy does not have
    }
    throw DomainException.notFound(what);
  }

  /** A page as the API answers it: {@code {"items", "total", "page", "size"}}. */
  static <T> JsonObject page(Page<T> page, Function<T, JsonObject> view) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    page.items().forEach(item -> items.add(view.apply(item)));
    return Json.createObjectBuilder()
        .add("items", items)
        .add("total", page.total())
        .add("page", page.page())
        .add("size", page.size())
        .build();
  }
}
