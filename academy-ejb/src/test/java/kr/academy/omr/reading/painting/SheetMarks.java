package kr.academy.omr.reading.painting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateField;

/**
 * What a pupil marked on one sheet: per field label, the bubbles' values and how each was marked;
 * and the reading every field must give.
 */
public final class SheetMarks {

  private final Map<String, Map<String, Mark>> marks = new LinkedHashMap<>();

  public SheetMarks mark(String label, String value, Mark mark) {
    marks.computeIfAbsent(label, l -> new LinkedHashMap<>()).put(value, mark);
    return this;
  }

  /** Rubs out nothing: forgets what the field had, so that a test can mark it afresh. */
  public SheetMarks clear(String label) {
    marks.remove(label);
    return this;
  }

  public Map<String, Mark> of(String label) {
    return Collections.unmodifiableMap(marks.getOrDefault(label, Map.of()));
  }

  /**
   * The value a field must read: its answered bubbles' values joined in the field's order, or its
   * empty value.
   */
  public String expected(TemplateField field) {
    Map<String, Mark> fieldMarks = of(field.label());
    List<String> answered = new ArrayList<>();
    for (String value : field.values()) {
      Mark mark = fieldMarks.get(value);
      if (mark != null && mark.answer()) {
        answered.add(value);
      }
    }
    return answered.isEmpty() ? field.emptyValue() : String.join("", answered);
  }

  /**
   * A pupil's sheet as they come: most fields one firm mark; some light pencil; some two marks;
   * some left blank; some with an answer rubbed out and another marked. Shares in per cent.
   */
  public static SheetMarks random(OmrLayout layout, Random random, Mix mix) {
    SheetMarks marks = new SheetMarks();
    for (TemplateField field : layout.fields()) {
      List<String> values = field.values();
      String first = values.get(random.nextInt(values.size()));
      String other =
          values.get(
              (values.indexOf(first) + 1 + random.nextInt(values.size() - 1)) % values.size());
      int roll = random.nextInt(100);
      if (roll < mix.blank()) {
        continue;
      }
      roll -= mix.blank();
      if (roll < mix.faint()) {
        marks.mark(field.label(), first, Mark.FAINT);
      } else if ((roll -= mix.faint()) < mix.doubled()) {
        marks.mark(field.label(), first, Mark.FULL).mark(field.label(), other, Mark.FULL);
      } else if ((roll -= mix.doubled()) < mix.erased()) {
        marks.mark(field.label(), first, Mark.ERASED).mark(field.label(), other, Mark.FULL);
      } else {
        marks.mark(field.label(), first, Mark.FULL);
      }
    }
    return marks;
  }

  /** Shares of fields, in per cent: left blank, faint, two marks, one rubbed out; the rest firm. */
  public record Mix(int blank, int faint, int doubled, int erased) {
    public static final Mix USUAL = new Mix(3, 5, 3, 4);
  }
}
