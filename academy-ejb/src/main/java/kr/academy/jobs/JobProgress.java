package kr.academy.jobs;

import java.time.Instant;

/**
 * What a client polling a job sees: the fields of the Redis progress hash (DESIGN §4). Small by
 * construction: results never travel here.
 */
public record JobProgress(
    JobStatus status, int progress, String step, String error, Instant updatedAt) {

  static final int TEXT_MAX = 500;

  public JobProgress {
    step = clip(step);
    error = clip(error);
  }

  private static String clip(String text) {
    return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
  }
}
