package kr.academy.omr.exams;

import java.util.List;
import java.util.Set;
import kr.academy.omr.reading.ReadingFlag;

/**
 * What a sheet shows for one question: the values marked (none, one, or several), how sure the
 * reader was (0–1, the least sure of its fields) and its flags.
 */
public record QuestionReading(List<String> marked, double confidence, Set<ReadingFlag> flags) {

  public QuestionReading {
    marked = List.copyOf(marked);
    flags = Set.copyOf(flags);
  }
}
