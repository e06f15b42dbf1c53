package kr.academy.messaging;

import java.time.LocalDate;

/** Texts counted against the bound academy's monthly quota. */
public interface MessageQuotaRepository {

  /**
   * Counts {@code texts} more in {@code month} if the total stays within {@code limit}, atomically;
   * false (and nothing counted) otherwise.
   */
  boolean reserve(LocalDate month, int texts, int limit);

  /** Gives texts back (a cancelled batch). */
  void release(LocalDate month, int texts);

  int used(LocalDate month);
}
