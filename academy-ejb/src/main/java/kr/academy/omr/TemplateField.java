package kr.academy.omr;

import java.util.List;

/**
 * One field of a sheet (a question, or one digit of a number): its label, the block it was laid out
 * in, what it holds, the value read when no bubble is marked, and its bubbles in order.
 */
public record TemplateField(
    String label, String block, FieldKind kind, String emptyValue, List<Bubble> bubbles) {

  public TemplateField {
    bubbles = List.copyOf(bubbles);
  }

  public List<String> values() {
    return bubbles.stream().map(Bubble::value).toList();
  }
}
