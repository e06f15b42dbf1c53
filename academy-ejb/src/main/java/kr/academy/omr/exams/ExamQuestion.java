package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question an exam scores: its label on the template (a field, or a custom label whose fields
 * are read together, such as a two-digit answer), the template fields it is read from, the answers
 * accepted as correct (any one of them scores), its marks and its section, if any.
 */
public record ExamQuestion(
    String label, List<String> fields, List<String> accepted, BigDecimal marks, String section) {

  public ExamQuestion {
    fields = List.copyOf(fields);
    accepted = List.copyOf(accepted);
  }

  /** Read from a custom label: its value is its fields' values joined. */
  public boolean joined() {
    return fields.size() > 1 || !fields.get(0).equals(label);
  }
}
