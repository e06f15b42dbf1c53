package kr.academy.jobs;

import java.util.Optional;
import java.util.UUID;

/** The public identity of a job: random, so ids reveal nothing about other jobs or academies. */
public record JobId(UUID value) {

  public JobId {
    if (value == null) {
      throw new IllegalArgumentException("a job id is required");
    }
  }

  public static JobId random() {
    return new JobId(UUID.randomUUID());
  }

  /** The id a client sent, if it is one at all; anything else names no job. */
  public static Optional<JobId> parse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(new JobId(UUID.fromString(text)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
