package kr.academy.web.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.academy.common.DomainException.Detail;
import kr.academy.common.StorableText;

/**
 * Compares a parsed body with the Java type the resource method reads it into, before the binding
 * does: JSON-B would wrap {@code 99999999999} into an {@code Integer}, cut {@code 1.5} to 1, ignore
 * unknown fields and explain a wrong type with the names of our classes. Here every problem is
 * named by its field ({@code owner.phone}, {@code recipients.studentIds[2]}) in the API's words.
 * Types it does not know (dates, say) are left to the binding.
 */
final class JsonShape {

  /** One problem; {@code wrongKind} when the JSON itself has the wrong shape (MALFORMED_JSON). */
  record Problem(boolean wrongKind, Detail detail) {}

  private static final Map<Class<?>, long[]> WHOLE_NUMBERS =
      Map.of(
          Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
          short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

  /** More digits before the point than any {@code long} has: out of range, whatever they are. */
  private static final int LONG_DIGITS = 19;

  private final List<Problem> problems = new ArrayList<>();

  private JsonShape() {}

  /** Every problem of {@code body} read as {@code type}; the whole body is called {@code body}. */
  static List<Problem> problems(Type type, JsonValue body) {
    JsonShape shape = new JsonShape();
    shape.check("", type, body);
    return shape.problems;
  }

  private void check(String path, Type type, JsonValue value) {
    Class<?> raw = rawClass(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (path.isEmpty() || raw.isPrimitive()) {
        wrongKind(path, "must not be null");
      }
      return;
    }
    if (raw == String.class) {
      if (value instanceof JsonString text) {
        text(path, text.getString());
      } else {
        wrongKind(path, "must be a string");
      }
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        wrongKind(path, "must be true or false");
      }
    } else if (WHOLE_NUMBERS.containsKey(raw)) {
      wholeNumber(path, value, WHOLE_NUMBERS.get(raw));
    } else if (raw.isEnum()) {
      oneOf(path, value, raw.getEnumConstants());
    } else if (raw.isRecord()) {
      record(path, raw, value);
    } else if (Collection.class.isAssignableFrom(raw)) {
      elements(path, typeArgument(type, 0), value);
    } else if (Map.class.isAssignableFrom(raw)) {
      entries(path, typeArgument(type, 1), value);
    } else {
      if (raw == JsonObject.class && !(value instanceof JsonObject)) {
        wrongKind(path, "must be a JSON object");
      } else if (raw == JsonArray.class && !(value instanceof JsonArray)) {
        wrongKind(path, "must be an array");
      }
      anything(path, value);
    }
  }

  private void record(String path, Class<?> type, JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      wrongKind(path, "must be a JSON object");
      return;
    }
    Map<String, RecordComponent> components =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
    object.forEach(
        (name, field) -> {
          RecordComponent component = components.get(name);
          String child = child(path, name);
          if (component == null) {
            invalid(child, "is not a field of this request");
          } else {
            check(child, component.getGenericType(), field);
          }
        });
  }

  private void elements(String path, Type element, JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      wrongKind(path, "must be an array");
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      check(path + "[" + i + "]", element, array.get(i));
    }
  }

  private void entries(String path, Type valueType, JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      wrongKind(path, "must be a JSON object");
      return;
    }
    object.forEach(
        (name, field) -> {
          text(child(path, name), name);
          check(child(path, name), valueType, field);
        });
  }

  /** Any JSON at all: only its text (keys included) must be storable. */
  private void anything(String path, JsonValue value) {
    if (value instanceof JsonString text) {
      text(path, text.getString());
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        anything(path + "[" + i + "]", array.get(i));
      }
    } else if (value instanceof JsonObject object) {
      object.forEach(
          (name, field) -> {
            text(child(path, name), name);
            anything(child(path, name), field);
          });
    }
  }

  private void wholeNumber(String path, JsonValue value, long[] range) {
    if (!(value instanceof JsonNumber number)) {
      wrongKind(path, "must be a whole number");
      return;
    }
    BigDecimal decimal = number.bigDecimalValue();
    String expected = "must be a whole number from " + range[0] + " to " + range[1];
    if (decimal.precision() - decimal.scale() > LONG_DIGITS) {
      invalid(path, expected);
    } else if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
      invalid(path, "must be a whole number, without a fraction");
    } else {
      long whole = decimal.longValue();
      if (decimal.compareTo(BigDecimal.valueOf(whole)) != 0
          || whole < range[0]
          || whole > range[1]) {
        invalid(path, expected);
      }
    }
  }

  private void oneOf(String path, JsonValue value, Object[] constants) {
    List<String> names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
    if (!(value instanceof JsonString text)) {
      wrongKind(path, "must be one of " + String.join(", ", names));
    } else if (!names.contains(text.getString())) {
      text(path, text.getString());
      invalid(path, "must be one of " + String.join(", ", names));
    }
  }

  private void text(String path, String text) {
    StorableText.problem(name(path), text)
        .ifPresent(message -> problems.add(new Problem(false, new Detail(name(path), message))));
  }

  private void wrongKind(String path, String expected) {
    problems.add(new Problem(true, new Detail(name(path), name(path) + " " + expected)));
  }

  private void invalid(String path, String expected) {
    problems.add(new Problem(false, new Detail(name(path), name(path) + " " + expected)));
  }

  private static String name(String path) {
    return path.isEmpty() ? "body" : path;
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }
}
