package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet scored against its exam's key: every question of the key, the total and each section's
 * score. A sheet that could not be read and that nobody has typed in yet has no answers and no
 * score ({@code null}).
 */
public record GradedSheet(
    List<GradedAnswer> answers, BigDecimal score, Map<String, BigDecimal> sections) {

  public GradedSheet {
    answers = List.copyOf(answers);
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }

  public boolean anyAnswerFlagged() {
    return answers.stream().anyMatch(a -> !a.flags().isEmpty());
  }
}
