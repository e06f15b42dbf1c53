package kr.academy.omr;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.academy.common.DomainException;

/**
 * Reads typed values out of JSON the OMR feature is given (a template, an exam's answer key) and
 * collects every problem with the JSON path where it is ({@code template.fieldBlocks.Roll.origin}),
 * so one answer lists all of them.
 */
public final class TemplateReading {

  static final String CODE = "INVALID_TEMPLATE";

  /** Enough to fix a template in one go without an answer the size of the template. */
  private static final int MAX_PROBLEMS = 50;

  private final List<DomainException.Detail> problems = new ArrayList<>();
  private final DomainException.Kind kind;
  private final String code;
  private final String subject;

  TemplateReading() {
    this(DomainException.Kind.INVALID, CODE, "the template");
  }

  /**
   * Problems refused as {@code kind} under {@code code}; {@code subject} names what is read in the
   * message ("the answer key").
   */
  public TemplateReading(DomainException.Kind kind, String code, String subject) {
    this.kind = kind;
    this.code = code;
    this.subject = subject;
  }

  public void problem(String path, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new DomainException.Detail(path, path + ": " + message));
    }
  }

  public boolean failed() {
    return !problems.isEmpty();
  }

  public void throwIfFailed() {
    if (!problems.isEmpty()) {
      throw new DomainException(
          kind,
          code,
          problems.size() == 1
              ? subject + " cannot be used: " + problems.get(0).message()
              : subject
                  + " cannot be used: "
                  + problems.size()
                  + " problems, the first: "
                  + problems.get(0).message(),
          problems);
    }
  }

  /** The keys {@code allowed} and no other; a key that is required but missing is a problem. */
  public void keys(JsonObject object, String path, Set<String> allowed, Set<String> required) {
    for (String key : object.keySet()) {
      if (!allowed.contains(key)) {
        problem(
            path + "." + key,
            "is not supported here; the keys understood are "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    for (String key : required) {
      if (!object.containsKey(key)) {
        problem(path + "." + key, "is required");
      }
    }
  }

  public JsonObject object(JsonValue value, String path) {
    if (value instanceof JsonObject object) {
      return object;
    }
    problem(path, "must be a JSON object");
    return null;
  }

  public JsonArray array(JsonValue value, String path) {
    if (value instanceof JsonArray array) {
      return array;
    }
    problem(path, "must be a JSON array");
    return null;
  }

  public String string(JsonValue value, String path) {
    if (value instanceof JsonString text) {
      return text.getString();
    }
    problem(path, "must be a string");
    return null;
  }

  Boolean bool(JsonValue value, String path) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    problem(path, "must be true or false");
    return null;
  }

  /** A whole number from {@code min} to {@code max}. */
  Integer integer(JsonValue value, String path, int min, int max) {
    if (!(value instanceof JsonNumber number)) {
      problem(path, "must be a whole number");
      return null;
    }
    double d = number.doubleValue();
    if (d != Math.rint(d) || d < min || d > max) {
      problem(path, "must be a whole number from " + min + " to " + max);
      return null;
    }
    return (int) d;
  }

  /** A finite number from {@code min} to {@code max}. */
  public Double number(JsonValue value, String path, double min, double max) {
    if (!(value instanceof JsonNumber number)) {
      problem(path, "must be a number");
      return null;
    }
    double d = number.doubleValue();
    if (!Double.isFinite(d) || d < min || d > max) {
      problem(path, "must be a number from " + plain(min) + " to " + plain(max));
      return null;
    }
    return d;
  }

  /** {@code [a, b]}: two whole numbers from {@code min} to {@code max}. */
  int[] twoIntegers(JsonValue value, String path, int min, int max) {
    JsonArray array = pair(value, path);
    if (array == null) {
      return null;
    }
    Integer a = integer(array.get(0), path + "[0]", min, max);
    Integer b = integer(array.get(1), path + "[1]", min, max);
    return a == null || b == null ? null : new int[] {a, b};
  }

  /** {@code [a, b]}: two numbers from {@code min} to {@code max}. */
  double[] twoNumbers(JsonValue value, String path, double min, double max) {
    JsonArray array = pair(value, path);
    if (array == null) {
      return null;
    }
    Double a = number(array.get(0), path + "[0]", min, max);
    Double b = number(array.get(1), path + "[1]", min, max);
    return a == null || b == null ? null : new double[] {a, b};
  }

  private JsonArray pair(JsonValue value, String path) {
    if (!(value instanceof JsonArray array) || array.size() != 2) {
      problem(path, "must be an array of two numbers");
      return null;
    }
    return array;
  }

  /** An array of strings; null when it is not one. */
  public List<String> strings(JsonValue value, String path) {
    JsonArray array = array(value, path);
    if (array == null) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String s = string(array.get(i), path + "[" + i + "]");
      if (s == null) {
        return null;
      }
      strings.add(s);
    }
    return strings;
  }

  static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
