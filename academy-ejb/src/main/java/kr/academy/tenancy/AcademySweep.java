package kr.academy.tenancy;

import java.time.Duration;
import java.util.UUID;

/**
 * Periodic platform work on items that fall due in any academy: overdue jobs, scheduled text
 * batches. The scan crosses the tenant wall only through a {@code SECURITY DEFINER} database
 * function that returns ids, {@code (tenant_id, id)}; each item is then handled with its own
 * academy bound ({@link AcademySweeps}).
 */
public interface AcademySweep {

  /** Names the sweep's timer and its log lines. */
  String name();

  Duration interval();

  /**
   * The database function {@code f(at timestamptz, max_rows integer) RETURNS TABLE (tenant_id
   * bigint, <id> uuid)} that lists the due items of every academy.
   */
  String dueItemsFunction();

  /** Handles one due item; runs with the item's academy bound. */
  void handle(UUID item);
}
