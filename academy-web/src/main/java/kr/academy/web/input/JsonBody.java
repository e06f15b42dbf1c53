package kr.academy.web.input;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.common.DomainException.Detail;
import kr.academy.common.StorableText;

/**
 * A JSON request body checked before it is bound, so that what cannot be stored as it was sent is
 * refused with 400 naming the field: bytes that are not UTF-8, nesting deeper than {@link
 * #MAX_DEPTH}, the NUL character or half a surrogate pair in any string, and values that do not fit
 * the type they are read into ({@link JsonShape}).
 */
public final class JsonBody {

  /** Deeper than any body of the API (three levels today), far below what overflows a stack. */
  public static final int MAX_DEPTH = 32;

  private static final char REPLACEMENT = '\uFFFD';

  private JsonBody() {}

  /** Throws a 400 {@link DomainException} for the first kind of problem found; else returns. */
  public static void check(byte[] body, Type target) {
    String text = utf8(body);
    refuseDeepNesting(text);
    JsonValue value;
    try {
      value = read(text);
    } catch (JsonParsingException e) {
      throw notJson(e.getLocation(), text);
    } catch (RuntimeException e) {
      throw notJson();
    }
    List<JsonShape.Problem> problems = JsonShape.problems(target, value);
    if (problems.isEmpty()) {
      return;
    }
    boolean wrongKind = problems.stream().anyMatch(JsonShape.Problem::wrongKind);
    throw DomainException.invalid(
        wrongKind ? "MALFORMED_JSON" : "VALIDATION_FAILED",
        problems.stream().map(JsonShape.Problem::detail).toList());
  }

  /** The body as text; JSON is UTF-8 (RFC 8259), and bytes that are not are named by field. */
  private static String utf8(byte[] body) {
    return StorableText.utf8(body)
        .orElseThrow(
            () -> {
              String field =
                  fieldWithReplacement(new String(body, StandardCharsets.UTF_8)).orElse("body");
              return DomainException.invalid(
                  field, field + " must be UTF-8 text: the request has bytes that are not UTF-8");
            });
  }

  /** Where the undecodable bytes are, when the rest of the body still reads as JSON. */
  private static Optional<String> fieldWithReplacement(String lenient) {
    try {
      return fieldWithReplacement("", read(lenient));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Throws {@link JsonParsingException} where the text stops being JSON, or another runtime
   * exception of the parser (a number with too many exponent digits, say) for JSON it cannot hold.
   */
  private static JsonValue read(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  private static Optional<String> fieldWithReplacement(String path, JsonValue value) {
    if (value instanceof JsonString text && text.getString().indexOf(REPLACEMENT) >= 0) {
      return Optional.of(path.isEmpty() ? "body" : path);
    }
    if (value instanceof JsonObject object) {
      for (var field : object.entrySet()) {
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        Optional<String> found =
            field.getKey().indexOf(REPLACEMENT) >= 0
                ? Optional.of(child)
                : fieldWithReplacement(child, field.getValue());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        Optional<String> found = fieldWithReplacement(path + "[" + i + "]", array.get(i));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the structure as a stream, which needs no stack, and stops at the first level too deep;
   * reading a deep body into a tree (or binding it) recurses once per level.
   */
  private static void refuseDeepNesting(String text) {
    int depth = 0;
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          if (++depth > MAX_DEPTH) {
            throw malformed(
                "the request body is nested deeper than " + MAX_DEPTH + " levels",
                "body",
                "body must be nested at most " + MAX_DEPTH + " levels deep");
          }
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      }
    } catch (JsonParsingException e) {
      throw notJson(e.getLocation(), text);
    } catch (JsonException e) {
      throw notJson();
    }
  }

  /** Not JSON at all; where the parser gave up, when it knows. */
  public static DomainException notJson() {
    return malformed("the request body is not valid JSON", "body", "body is not valid JSON");
  }

  private static DomainException notJson(JsonLocation at, String text) {
    if (at == null || at.getLineNumber() < 0) {
      return notJson();
    }
    String detail =
        at.getStreamOffset() >= text.length()
            ? "body ends before its JSON is complete"
            : "body is not valid JSON at line "
                + at.getLineNumber()
                + ", column "
                + at.getColumnNumber();
    return malformed("the request body is not valid JSON", "body", detail);
  }

  public static DomainException malformed(String message, String field, String detail) {
    return new DomainException(
        DomainException.Kind.INVALID,
        "MALFORMED_JSON",
        message,
        List.of(new Detail(field, detail)));
  }
}
