package kr.academy.omr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OMRChecker's field strings: a plain label ({@code "Medium"}) or a range ({@code "q1..20"}, also
 * with three dots) standing for {@code q1, q2, ... q20}. The grammar is OMRChecker's own ({@code
 * FIELD_STRING_TYPE} in src/schemas/constants.py, {@code parse_field_string} in
 * src/utils/parsing.py): a label without dots, or a prefix without digits or dots, a start, two or
 * three dots, an end; the start must be below the end.
 */
public final class FieldLabels {

  /** More than any sheet has; a range beyond it is a typo, not a sheet. */
  static final int MAX_RANGE = 1000;

  private static final Pattern RANGE = Pattern.compile("([^.\\d]+)(\\d+)\\.{2,3}(\\d+)");

  private FieldLabels() {}

  /**
   * The labels the strings stand for, in order; a string that is not a field string or overlaps an
   * earlier one is a problem at its path.
   */
  public static List<String> expand(List<String> strings, String path, TemplateReading reading) {
    List<String> labels = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < strings.size(); i++) {
      String at = path + "[" + i + "]";
      List<String> expanded = expand(strings.get(i), at, reading);
      for (String label : expanded) {
        if (!seen.add(label)) {
          reading.problem(at, "'" + label + "' is already given by an earlier label in this list");
          return labels;
        }
      }
      labels.addAll(expanded);
    }
    return labels;
  }

  private static List<String> expand(String string, String path, TemplateReading reading) {
    if (string.isBlank()) {
      reading.problem(path, "a field label must not be blank");
      return List.of();
    }
    if (!string.contains(".")) {
      return List.of(string);
    }
    Matcher range = RANGE.matcher(string);
    if (!range.matches()) {
      reading.problem(
          path,
          "'"
              + string
              + "' is neither a label (no dots) nor a range such as q1..20 (a prefix without"
              + " digits, the first number, two or three dots, the last number)");
      return List.of();
    }
    long start = parse(range.group(2));
    long end = parse(range.group(3));
    if (start >= end) {
      reading.problem(
          path, "in '" + string + "' the first number " + start + " must be below the last " + end);
      return List.of();
    }
    if (end - start + 1 > MAX_RANGE) {
      reading.problem(path, "'" + string + "' names more than " + MAX_RANGE + " fields");
      return List.of();
    }
    List<String> labels = new ArrayList<>();
    for (long n = start; n <= end; n++) {
      labels.add(range.group(1) + n);
    }
    return labels;
  }

  private static long parse(String digits) {
    return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
