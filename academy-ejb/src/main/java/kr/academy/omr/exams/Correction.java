package kr.academy.omr.exams;

import java.time.Instant;
import java.util.List;

/** A person's reading of one question, kept beside the sheet's: the values marked, who, when. */
public record Correction(List<String> marked, Long by, Instant at) {

  public Correction {
    marked = List.copyOf(marked);
  }
}
