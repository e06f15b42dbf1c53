package kr.academy.omr.reading;

import java.util.List;
import java.util.Set;

/**
 * What one field of the template reads on a sheet. {@code marked} holds the values of the marked
 * bubbles in the field's order; {@code value} is the single marked value, or the field's empty
 * value when none is marked, or the marked values joined when several are ({@code MULTIPLE}).
 * {@code confidence} (0–1) is how clearly the least clear bubble of the field lies on its side of
 * the threshold.
 */
public record FieldReading(
    String label, String value, List<String> marked, double confidence, Set<ReadingFlag> flags) {

  public FieldReading {
    marked = List.copyOf(marked);
    flags = Set.copyOf(flags);
  }
}
