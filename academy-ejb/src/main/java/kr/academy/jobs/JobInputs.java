package kr.academy.jobs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import kr.academy.common.DomainException;

/**
 * Checks and normalises the input of a job type before anything is stored, so a job never fails on
 * input the API could have refused.
 */
public final class JobInputs {

  static final int SEARCH_MAX = 100;

  private JobInputs() {}

  public static String normalise(JobType type, JsonObject input) {
    JsonObject given = input == null ? JsonValue.EMPTY_JSON_OBJECT : input;
    if (type.startedByItsOwnRequest()) {
      throw DomainException.invalid("type", type + " jobs are started by a request of their own");
    }
    return switch (type) {
      case STUDENT_EXPORT -> studentExport(given);
      default -> given.toString();
    };
  }

  /** {@code {"q": text}}: the roster search the export follows; no q exports every student. */
  private static String studentExport(JsonObject input) {
    for (String field : input.keySet()) {
      if (!field.equals("q")) {
        throw DomainException.invalid(field, field + " is not an export option");
      }
    }
    JsonValue q = input.get("q");
    if (q == null || q.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_OBJECT.toString();
    }
    if (!(q instanceof JsonString text)) {
      throw DomainException.invalid("q", "q must be a string");
    }
    String search = text.getString().strip();
    if (search.length() > SEARCH_MAX) {
      throw DomainException.invalid("q", "q must be at most " + SEARCH_MAX + " characters");
    }
    return search.isEmpty()
        ? JsonValue.EMPTY_JSON_OBJECT.toString()
        : Json.createObjectBuilder().add("q", search).build().toString();
  }
}
