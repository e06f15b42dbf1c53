package kr.academy.omr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What every template must satisfy whatever its format: labels are unique, every bubble lies on the
 * page, no two bubbles share an area (a mark in the shared part would count for both), and the
 * sheet stays within sizes a grader reads in reasonable time.
 */
final class LayoutChecks {

  static final int MAX_FIELDS = 1000;
  static final int MAX_BUBBLES = 20_000;

  private LayoutChecks() {}

  /** {@code pathOf} names where field {@code i} was given in the uploaded JSON. */
  static void check(
      OmrLayout layout, IntFunction<String> pathOf, String path, TemplateReading reading) {
    List<TemplateField> fields = layout.fields();
    if (fields.size() > MAX_FIELDS || layout.bubbleCount() > MAX_BUBBLES) {
      reading.problem(
          path,
          "a template may have at most "
              + MAX_FIELDS
              + " fields and "
              + MAX_BUBBLES
              + " bubbles; this one has "
              + fields.size()
              + " and "
              + layout.bubbleCount());
      return;
    }
    Map<String, Integer> labels = new HashMap<>();
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      TemplateField field = fields.get(i);
      Integer earlier = labels.putIfAbsent(field.label(), i);
      if (earlier != null) {
        reading.problem(
            pathOf.apply(i),
            "the field label '" + field.label() + "' is already used at " + pathOf.apply(earlier));
      }
      for (Bubble bubble : field.bubbles()) {
        if (bubble.right() > layout.pageWidth() || bubble.bottom() > layout.pageHeight()) {
          reading.problem(
              pathOf.apply(i),
              "bubble "
                  + field.label()
                  + "="
                  + bubble.value()
                  + " at ("
                  + TemplateReading.plain(bubble.x())
                  + ", "
                  + TemplateReading.plain(bubble.y())
                  + ") falls outside the page of "
                  + layout.pageWidth()
                  + " x "
                  + layout.pageHeight());
          break;
        }
        placed.add(new Placed(i, field.label(), bubble));
      }
    }
    overlaps(placed, pathOf, reading);
  }

  private record Placed(int field, String label, Bubble bubble) {}

  /** Sweeps left to right: only bubbles that start before one ends can overlap it. */
  private static void overlaps(
      List<Placed> placed, IntFunction<String> pathOf, TemplateReading reading) {
    placed.sort(Comparator.comparingDouble(p -> p.bubble().x()));
    for (int i = 0; i < placed.size(); i++) {
      Placed a = placed.get(i);
      for (int j = i + 1;
          j < placed.size() && placed.get(j).bubble().x() < a.bubble().right();
          j++) {
        Placed b = placed.get(j);
        if (a.bubble().overlaps(b.bubble())) {
          Placed later = a.field() > b.field() ? a : b;
          Placed other = later == a ? b : a;
          reading.problem(
              pathOf.apply(later.field()),
              "bubble "
                  + later.label()
                  + "="
                  + later.bubble().value()
                  + " overlaps bubble "
                  + other.label()
                  + "="
                  + other.bubble().value()
                  + "; bubbles must not share any area");
          return;
        }
      }
    }
  }
}
