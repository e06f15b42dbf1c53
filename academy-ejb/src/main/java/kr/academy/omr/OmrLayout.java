package kr.academy.omr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A template in one shape whatever it was uploaded in: the page it is laid out on, the image steps,
 * every field with its bubbles' rectangles, the custom labels (fields read together as one answer,
 * OMRChecker's {@code customLabels}) and the order of answer columns, if given.
 */
public record OmrLayout(
    int pageWidth,
    int pageHeight,
    List<PreprocessingStep> preprocessing,
    List<TemplateField> fields,
    Map<String, List<String>> customLabels,
    List<String> outputColumns) {

  public OmrLayout {
    preprocessing = List.copyOf(preprocessing);
    fields = List.copyOf(fields);
    customLabels =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customLabels));
    outputColumns = List.copyOf(outputColumns);
  }

  /**
   * How many answers a sheet gives: a custom label counts once (OMRChecker joins its fields into
   * one column), every other field once.
   */
  public int questionCount() {
    Set<String> grouped = new LinkedHashSet<>();
    customLabels.values().forEach(grouped::addAll);
    return customLabels.size()
        + (int) fields.stream().filter(f -> !grouped.contains(f.label())).count();
  }

  public int bubbleCount() {
    return fields.stream().mapToInt(f -> f.bubbles().size()).sum();
  }

  public boolean usesMarker() {
    return preprocessing.stream().anyMatch(s -> s.name().equals(PreprocessingStep.CROP_ON_MARKERS));
  }
}
